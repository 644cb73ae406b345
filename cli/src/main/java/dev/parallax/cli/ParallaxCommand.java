package dev.parallax.cli;

import dev.parallax.text.BadInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code parallax} command. Exit codes: 0 success, 1 failure while processing, 2 bad
 * usage or bad input (one line on stderr; the stack trace only with {@code --verbose}).
 */
@Command(
        name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compare news across outlets and languages: names, sentence alignment, quotes, reports.",
        subcommands = {
            SentencesCommand.class,
            ResolveCommand.class,
            NamesCommand.class,
            DictCommand.class,
            AlignCommand.class,
            QuotesCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure while processing", "2:bad usage or bad input"})
public final class ParallaxCommand implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @CommandLine.Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces and extra diagnostics on stderr.")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** A configured command line with the exit-code policy of the contract. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new ParallaxCommand());
        cmd.setExitCodeExceptionMapper(t -> t instanceof BadInputException
                        || t instanceof CommandLine.ParameterException
                        || t instanceof IllegalArgumentException
                ? BAD_INPUT
                : FAILED);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            if (ex instanceof BadInputException) {
                err.println("parallax: " + ex.getMessage());
            } else {
                err.println("parallax: error: "
                        + (ex.getMessage() != null
                                ? ex.getMessage()
                                : ex.getClass().getSimpleName()));
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ex instanceof BadInputException || ex instanceof IllegalArgumentException ? BAD_INPUT : FAILED;
        });
        return cmd;
    }
}
