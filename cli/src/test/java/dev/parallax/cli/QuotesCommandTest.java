package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void offsetsAreCodePointsAfterAnEmoji() throws Exception {
        // U+1F600 is two UTF-16 units but one code point: the quote starts at code point 3, not 4
        Path p = file("a.txt", "\uD83D\uDE00 “We are ready,” Tom Baker said.");
        CliRun r = run("quotes", p.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().strip())
                .isEqualTo("{\"doc\":\"" + p + "\",\"start\":3,\"end\":16,\"text\":\"We are ready,\","
                        + "\"speaker\":{\"id\":\"~baker-tom\",\"name\":\"Tom Baker\",\"start\":18,\"end\":27,"
                        + "\"text\":\"Tom Baker\"},\"partial\":false,\"delimiter\":\"marks\",\"cue\":\"said\"}");
    }

    @Test
    void rejectedStretchesArePrintedOnlyWhenAsked() throws Exception {
        Path p = file("a.txt", "She appeared on “Meet the Press” last week.");
        assertThat(run("quotes", p.toString()).out()).isEmpty();
        assertThat(run("quotes", "--rejected", p.toString()).out()).contains("\"rejected\":\"not a quotation");
    }

    @Test
    void groupsLinkTwoRenderingsOfOneStatement() throws Exception {
        Path a = file("a.txt", "“We consider it advisable to continue the talks in June,” Tom Baker said.");
        Path b = file("b.txt", "“We see it as appropriate to resume negotiations in June,” Baker said.");
        CliRun r = run("quotes", "--groups", a.toString(), b.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().strip().split("\n"))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("advisable").contains("appropriate"));
    }

    @Test
    void missingFileIsBadInput() {
        CliRun r = run("quotes", dir.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file");
    }
}
