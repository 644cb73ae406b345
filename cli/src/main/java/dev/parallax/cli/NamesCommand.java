package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** PLACEHOLDER while the names room is being built; replaced by its issue. */
@Command(name = "names", description = "(not built yet)")
final class NamesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parallax: names is not built yet");
        return ParallaxCommand.FAILED;
    }
}
