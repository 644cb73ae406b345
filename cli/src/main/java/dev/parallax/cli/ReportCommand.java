package dev.parallax.cli;

import dev.parallax.report.Report;
import dev.parallax.report.ReportBuilder;
import dev.parallax.report.ReportHtml;
import dev.parallax.report.ReportJson;
import dev.parallax.report.ReportMarkdown;
import dev.parallax.text.BadInputException;
import dev.parallax.text.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax report PATH…}: the cross-outlet comparison of articles about one event. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Compare articles about one event: who is named and how each outlet spells them, which facts and"
                    + " quotes each outlet carries side by side, and where outlets disagree.",
            "PATH is a file, or a folder whose .txt files are read; - or nothing reads standard input."
        })
final class ReportCommand implements Callable<Integer> {
    enum Format {
        md,
        html,
        json
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Article files or folders of .txt files.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", description = "md (default, for a terminal), html (one self-contained page) or json.")
    Format format = Format.md;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout.")
    Path output;

    @Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Override
    public Integer call() throws IOException {
        List<Document> docs = Inputs.read(paths, System.in);
        ReportBuilder.Progress progress = progressBar(spec.commandLine().getErr());
        Report report = ReportBuilder.of(dictionaryOptions.load()).build(docs, progress);
        if (progress != ReportBuilder.Progress.NONE) {
            spec.commandLine().getErr().print("\r\033[K");
            spec.commandLine().getErr().flush();
        }
        String text =
                switch (format) {
                    case md -> ReportMarkdown.write(report);
                    case html -> ReportHtml.write(report);
                    case json -> ReportJson.write(report) + "\n";
                };
        if (output != null) {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw BadInputException.of(output.toString(), "cannot write: " + e.getMessage());
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
        return ParallaxCommand.OK;
    }

    /** A bar on stderr when a person watches (a console, not CI); quiet otherwise. */
    private static ReportBuilder.Progress progressBar(PrintWriter err) {
        if (System.console() == null || System.getenv("CI") != null) {
            return ReportBuilder.Progress.NONE;
        }
        return (done, total) -> {
            // redraw at most 100 times whatever the number of articles
            if (total < 20 || done % Math.max(1, total / 100) != 0 && done != total) {
                return;
            }
            int width = 30;
            int filled = (int) ((long) done * width / total);
            synchronized (err) {
                err.print(String.format(
                        Locale.ROOT,
                        "\rreading articles [%s%s] %d/%d",
                        "#".repeat(filled),
                        ".".repeat(width - filled),
                        done,
                        total));
                err.flush();
            }
        };
    }
}
