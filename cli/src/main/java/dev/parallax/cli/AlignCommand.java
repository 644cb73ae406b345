package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** PLACEHOLDER while the align room is being built; replaced by its issue. */
@Command(name = "align", description = "(not built yet)")
final class AlignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parallax: align is not built yet");
        return ParallaxCommand.FAILED;
    }
}
