package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveAndDictCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path dictionary() throws IOException {
        return write(
                "d.tsv",
                "id\ttype\tname\tlang\nlug\tPERSON\tЛуговський Олег Вікторович\tuk\nkyiv\tPLACE\tКиїв\tuk\nkyiv\tPLACE\tКиев\tru\n");
    }

    @Test
    void resolveWritesOneObjectPerLineInOrder() throws IOException {
        Path names = write("names.txt", "Oleg Lugovskoy\n\nKiev\nAndrei Fomin\n");
        CliRun r = run(
                "resolve",
                "--no-default-dictionary",
                "--dictionary",
                dictionary().toString(),
                names.toString());
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0])
                .startsWith(
                        "{\"input\":\"Oleg Lugovskoy\",\"id\":\"lug\",\"name\":\"Луговський Олег Вікторович\",\"type\":\"PERSON\",\"score\":");
        assertThat(lines[1]).startsWith("{\"input\":\"\",\"id\":null,\"name\":null,\"type\":null,\"score\":0");
        assertThat(lines[2]).contains("\"id\":\"kyiv\"");
        assertThat(lines[3]).contains("\"id\":null");
    }

    @Test
    void resolveWithPersonTypeLinksASurname() throws IOException {
        Path names = write("names.txt", "Luhovskyi\n");
        CliRun typed = run(
                "resolve",
                "--no-default-dictionary",
                "--type",
                "PERSON",
                "--dictionary",
                dictionary().toString(),
                names.toString());
        assertThat(typed.out()).contains("\"id\":\"lug\"");
        CliRun untyped = run(
                "resolve",
                "--no-default-dictionary",
                "--dictionary",
                dictionary().toString(),
                names.toString());
        assertThat(untyped.out()).contains("\"id\":null");
    }

    @Test
    void dictCheckPrintsCounts() throws IOException {
        CliRun r = run("dict", "check", dictionary().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2 entities, 3 variants (1 PERSON, 1 PLACE)");
    }

    @Test
    void dictCheckNamesFileAndLineAndExitsTwo() throws IOException {
        Path bad = write("bad.tsv", "id\ttype\tname\tlang\nQ1\tPLACE\tKyiv\n");
        CliRun r = run("dict", "check", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.tsv:2").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBadDictionaryStopsResolveWithOneLine() throws IOException {
        Path bad = write("bad.tsv", "id\ttype\tname\tlang\nQ1\tPLACE\tKyiv\tuk\nQ1\tPERSON\tKyiv\tuk\n");
        Path names = write("names.txt", "Kyiv\n");
        CliRun r = run("resolve", "--dictionary", bad.toString(), names.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("bad.tsv:3");
    }
}
