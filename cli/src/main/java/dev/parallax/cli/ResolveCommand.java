package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** PLACEHOLDER while the resolve room is being built; replaced by its issue. */
@Command(name = "resolve", description = "(not built yet)")
final class ResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parallax: resolve is not built yet");
        return ParallaxCommand.FAILED;
    }
}
