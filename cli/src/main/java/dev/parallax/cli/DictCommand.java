package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** PLACEHOLDER while the dict room is being built; replaced by its issue. */
@Command(name = "dict", description = "(not built yet)")
final class DictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parallax: dict is not built yet");
        return ParallaxCommand.FAILED;
    }
}
