package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentencesCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void printsOneObjectPerSentenceWithCodePointOffsets() throws IOException {
        Path f = dir.resolve("a.txt");
        // U+1F600 takes two UTF-16 units but one code point: offsets after it shift by one.
        Files.writeString(f, "\uD83D\uDE00 The talks began. They ended.\n", StandardCharsets.UTF_8);
        CliRun r = run("sentences", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList())
                .containsExactly(
                        "{\"doc\":\"" + f
                                + "\",\"start\":0,\"end\":18,\"text\":\"\uD83D\uDE00 The talks began.\",\"lang\":\"en\"}",
                        "{\"doc\":\"" + f + "\",\"start\":19,\"end\":30,\"text\":\"They ended.\",\"lang\":\"en\"}");
    }

    @Test
    void showRemovedInterleavesRemovalsInTextOrder() throws IOException {
        Path f = dir.resolve("b.txt");
        Files.writeString(
                f, "Advertisement\nThe talks began on Friday in Istanbul.\nBy Jane Roe\n", StandardCharsets.UTF_8);
        CliRun r = run("sentences", "--show-removed", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList())
                .containsExactly(
                        "{\"doc\":\"" + f
                                + "\",\"start\":0,\"end\":13,\"text\":\"Advertisement\",\"removed\":\"advertisement\"}",
                        "{\"doc\":\"" + f
                                + "\",\"start\":14,\"end\":52,\"text\":\"The talks began on Friday in Istanbul.\",\"lang\":\"en\"}",
                        "{\"doc\":\"" + f
                                + "\",\"start\":53,\"end\":64,\"text\":\"By Jane Roe\",\"removed\":\"byline\"}");
    }

    @Test
    void invalidUtf8IsExit2WithFileAndByteOffset() throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'});
        CliRun r = run("sentences", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly("parallax: " + f + ": byte 2: invalid UTF-8 (bytes C3)");
    }

    @Test
    void binaryFileIsExit2() throws IOException {
        Path f = dir.resolve("bin.txt");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0});
        CliRun r = run("sentences", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("parallax: " + f + ": byte 4: binary file");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void missingFileIsExit2() {
        Path f = dir.resolve("nope.txt");
        CliRun r = run("sentences", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("parallax: " + f + ": no such file" + System.lineSeparator());
    }

    @Test
    void emptyFileIsFine() throws IOException {
        Path f = dir.resolve("empty.txt");
        Files.write(f, new byte[0]);
        CliRun r = run("sentences", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }
}
