package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void linesParallelLadderWithCrlf() throws IOException {
        Path a = file("a.txt", "Київ, 16.05.2025.\r\nЗеленський виступив.\r\nДякую!\r\n");
        Path b = file("b.txt", "Kyiv, May 16, 2025.\nZelensky spoke.\nThank you!\n");
        int code = run("align", "--input-format", "lines", "--mode", "parallel", a.toString(), b.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    }

    @Test
    void comparableJsonlPrintsOnlyLinks() throws IOException {
        Path a = file("a.txt", "Macron met Zelensky in Paris.\nIt rained all day.\n");
        Path b = file("b.txt", "Stocks fell.\nZelensky and Macron met in Paris.\n");
        int code = run(
                "align",
                "--input-format",
                "lines",
                "--mode",
                "comparable",
                "--format",
                "jsonl",
                a.toString(),
                b.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().strip().split("\n")).hasSize(1);
        assertThat(out.toString()).startsWith("{\"a\":[0],\"b\":[1],\"score\":");
    }

    @Test
    void textModeSegmentsAndTmxNamesLanguages() throws IOException {
        Path a = file("a.txt", "Зеленський прибув до Парижа. Зустріч тривала 3 години.");
        Path b = file("b.txt", "Zelensky arrived in Paris. The meeting lasted 3 hours.");
        int code = run(
                "align", "--mode", "parallel", "--format", "tmx", "--target-lang", "en", a.toString(), b.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("<tmx version=\"1.4\">", "srclang=\"uk\"", "xml:lang=\"en\"");
        assertThat(out.toString().split("<tu ", -1)).hasSize(3);
    }

    @Test
    void emptySideIsReportedNotFatal() throws IOException {
        Path a = file("a.txt", "One.\nTwo.\n");
        Path b = file("b.txt", "");
        int code = run("align", "--input-format", "lines", "--mode", "parallel", a.toString(), b.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("[0]:[]\n[1]:[]\n");
        assertThat(err.toString()).contains("b.txt has no sentences");
    }

    @Test
    void malformedLexiconNamesFileAndLine() throws IOException {
        Path a = file("a.txt", "Haus.\n");
        Path b = file("b.txt", "Maison.\n");
        Path lex = file("lex.tsv", "Haus\tmaison\nBerg montagne\n");
        int code = run("align", "--lexicon", lex.toString(), a.toString(), b.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip())
                .startsWith("parallax: " + lex + ":2:")
                .doesNotContain("Exception");
    }

    @Test
    void batchAlignsManyPairs() throws IOException {
        Path a = file("a.txt", "Kyiv 1.\nLviv 2.\n");
        Path b = file("b.txt", "Київ 1.\nЛьвів 2.\n");
        Path list = file(
                "batch.tsv",
                a + "\t" + b + "\t" + dir.resolve("o1") + "\n" + b + "\t" + a + "\t" + dir.resolve("o2") + "\n");
        int code = run("align", "--input-format", "lines", "--mode", "parallel", "--batch", list.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("o1"))).isEqualTo("[0]:[0]\n[1]:[1]\n");
        assertThat(Files.readString(dir.resolve("o2"))).isEqualTo("[0]:[0]\n[1]:[1]\n");
    }

    @Test
    void badBatchLineIsBadInput() throws IOException {
        Path list = file("batch.tsv", "only-one-field\n");
        assertThat(run("align", "--batch", list.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("batch.tsv:1:").contains("A<TAB>B<TAB>OUT");
    }

    @Test
    void badOptionValuesAreUsageErrors() throws IOException {
        Path a = file("a.txt", "x\n");
        assertThat(run("align", "--format", "xml", a.toString(), a.toString())).isEqualTo(2);
        assertThat(run("align", "--mode", "sideways", a.toString(), a.toString()))
                .isEqualTo(2);
        assertThat(run("align", a.toString())).isEqualTo(2);
    }
}
