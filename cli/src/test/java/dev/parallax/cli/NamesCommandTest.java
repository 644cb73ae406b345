package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesCommandTest {
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
    void jsonLinesCarryCodePointOffsetsAndTheContractFields() throws Exception {
        Path p = file("a.txt", "\uD83D\uDE00 Talks in Kiev with Bogdan Bezpalko.");
        CliRun r = run("names", p.toString());
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0])
                .isEqualTo("{\"doc\":\"" + p + "\",\"start\":11,\"end\":15,\"text\":\"Kiev\",\"id\":\"place:kyiv\","
                        + "\"name\":\"Kyiv\",\"type\":\"PLACE\",\"score\":1,\"method\":\"dictionary\"}");
        assertThat(lines[1]).contains("\"text\":\"Bogdan Bezpalko\"").contains("\"provisional\":true");
    }

    @Test
    void textFormatAnnotatesAndRewriteReplaces() throws Exception {
        Path p = file("a.txt", "Talks in Kiev with Sergey Kislitsa.\n");
        assertThat(run("names", "--format", "text", p.toString()).out())
                .isEqualTo("Talks in Kiev [Kyiv] with Sergey Kislitsa [Sergiy Kyslytsya].\n");
        assertThat(run("names", "--rewrite", p.toString()).out()).isEqualTo("Talks in Kyiv with Sergiy Kyslytsya.\n");
    }

    @Test
    void ownDictionaryWithoutTheBuiltInOnes() throws Exception {
        Path dict = file("d.tsv", "id\ttype\tname\tlang\nx:1\tPLACE\tGotham\ten\n");
        Path p = file("a.txt", "They flew from Gotham to Kiev.");
        CliRun r = run("names", "--no-default-dictionary", "--dictionary", dict.toString(), p.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"id\":\"x:1\"").doesNotContain("place:kyiv");
    }

    @Test
    void aBadDictionaryIsOneClearErrorWithExitCode2() throws Exception {
        Path dict = file("d.tsv", "id\ttype\tname\tlang\nx:1\tPLACE\tGotham\n");
        Path p = file("a.txt", "Gotham.");
        CliRun r = run("names", "--dictionary", dict.toString(), p.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("d.tsv").contains("2").doesNotContain("Exception");
    }
}
