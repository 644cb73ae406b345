package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Path root() {
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isRegularFile(d.resolve("README.md"))) {
            d = d.getParent();
        }
        return d;
    }

    /** Every {@code ./parallax report …} command line the README shows, run as written (from the root). */
    @Test
    void theReadmeReportCommandsWork() throws IOException {
        String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^\\s*\\./parallax (report[^#\\n]*)").matcher(readme);
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            commands.add(m.group(1).trim());
        }
        assertThat(commands).contains("report seeds");
        for (String c : commands) {
            List<String> args = new ArrayList<>();
            for (String a : c.split("\\s+")) {
                // paths are relative to the repository root; outputs go to a temporary folder
                args.add(
                        a.equals("seeds")
                                ? root().resolve("seeds").toString()
                                : a.endsWith(".html") || a.endsWith(".json") || a.endsWith(".md")
                                        ? dir.resolve(a).toString()
                                        : a);
            }
            CliRun r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(c + "\n" + r.err()).isZero();
            assertThat(r.err()).as(c).isEmpty();
            if (!c.contains(" -o ")) {
                assertThat(r.out()).as(c).isNotBlank();
            }
        }
    }

    @Test
    void markdownOnSeedsShowsSpellingsDisagreementsAndQuotes() {
        CliRun r = run("report", root().resolve("seeds").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("# Cross-outlet report: 5 articles")
                .contains("| Xinhua |", "Caliber.Az (by Aghakazim Guliyev)")
                .contains("Sputnik \"Oleg Lugovskoy\"; Xinhua \"Oleh Luhovskyi\"")
                .contains("Sputnik \"Kiev\" ×4", "Realist English \"Kyiv\" ×2")
                .contains("\"nearly two hours / almost two hours\"", "\"less than two hours\"")
                .contains("Dolmabahçe Palace", "Çırağan Palace")
                .contains("Each side will present its detailed position");
    }

    @Test
    void jsonAndHtmlGoToAFile() throws IOException {
        Path json = dir.resolve("r.json");
        CliRun r = run(
                "report",
                "--format",
                "json",
                "-o",
                json.toString(),
                root().resolve("seeds").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(json, StandardCharsets.UTF_8))
                .startsWith("{\"format\":\"parallax-report/1\",\"sources\":[");
        Path html = dir.resolve("r.html");
        assertThat(run(
                                "report",
                                "--format=html",
                                "-o",
                                html.toString(),
                                root().resolve("seeds").toString())
                        .code())
                .isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>")
                .doesNotContain("http://", "https://");
    }

    @Test
    void filesCanBeNamedOneByOne() {
        Path seeds = root().resolve("seeds");
        CliRun r = run(
                "report",
                "--format",
                "json",
                seeds.resolve("002_f8c8f6234a84c7f0.txt").toString(),
                seeds.resolve("004_7a536f094c51d690.txt").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("\"label\":\"Xinhua\"", "\"label\":\"Caliber.Az\"")
                .doesNotContain("Sputnik\",\"outlet\"");
    }

    @Test
    void missingFileIsBadInputWithoutStackTrace() {
        CliRun r = run("report", dir.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.txt").contains("no such file").doesNotContain("at dev.parallax");
    }

    @Test
    void unknownFormatIsBadUsage() {
        assertThat(run("report", "--format", "pdf", root().resolve("seeds").toString())
                        .code())
                .isEqualTo(2);
    }

    @Test
    void aFileWithoutOutletFallsBackToItsFileName() throws IOException {
        Path f = dir.resolve("kyiv-notes.txt");
        Files.writeString(f, "The talks in Istanbul lasted two hours. Both sides met again.\n", StandardCharsets.UTF_8);
        CliRun r = run("report", "--format", "json", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("\"label\":\"kyiv-notes\"", "\"outlet\":null", "\"outlet_evidence\":\"file name\"");
    }
}
