package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void leadingBomIsDroppedAndTheRestKeptAsIs() {
        assertThat(Document.decode("a.txt", utf8("\uFEFFKyiv")).text()).isEqualTo("Kyiv");
        assertThat(Document.decode("a.txt", utf8("a\r\nb\uFEFF")).text()).isEqualTo("a\r\nb\uFEFF");
        assertThat(Document.of("x", "\uFEFFKyiv").text()).isEqualTo("Kyiv");
        assertThat(Document.decode("a.txt", utf8("\uFEFF")).text()).isEmpty();
    }

    @Test
    void malformedUtf8NamesTheByteOffsetCountingTheBom() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF, 'b'};
        assertThatThrownBy(() -> Document.decode("f.txt", bytes))
                .isInstanceOf(BadInputException.class)
                .hasMessage("f.txt: byte 4: invalid UTF-8 (bytes FF)")
                .extracting(e -> ((BadInputException) e).byteOffset())
                .isEqualTo(4L);
    }

    @Test
    void truncatedOverlongAndSurrogateEncodingsAreRejected() {
        assertThatThrownBy(() -> Document.decode("f", new byte[] {'a', (byte) 0xD0}))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("byte 1");
        assertThatThrownBy(() -> Document.decode("f", new byte[] {(byte) 0xC0, (byte) 0x80}))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Document.decode("f", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void nulByteMeansBinary() {
        assertThatThrownBy(() -> Document.decode("img.png", new byte[] {'P', 'N', 'G', 0}))
                .isInstanceOf(BadInputException.class)
                .hasMessage("img.png: byte 3: binary file (NUL byte), expected UTF-8 text");
    }

    @Test
    void readingFilesAndStreams() throws IOException {
        Path f = dir.resolve("k.txt");
        Files.write(f, utf8("Київ"));
        Document d = Document.read(f);
        assertThat(d.source()).isEqualTo(f.toString());
        assertThat(d.text()).isEqualTo("Київ");
        assertThat(Document.read("-", new ByteArrayInputStream(utf8("x"))).text())
                .isEqualTo("x");
        assertThatThrownBy(() -> Document.read(dir.resolve("missing.txt")))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("missing.txt: no such file");
        assertThatThrownBy(() -> Document.read(dir)).hasMessageContaining("is a directory");
    }

    @Test
    void codePointIndicesCountSupplementaryCharactersOnce() {
        Document d = Document.of("x", "a\uD83D\uDE00b\uD83D\uDE00c");
        assertThat(d.codePointIndex(0)).isZero();
        assertThat(d.codePointIndex(1)).isEqualTo(1);
        assertThat(d.codePointIndex(3)).isEqualTo(2);
        assertThat(d.codePointIndex(4)).isEqualTo(3);
        assertThat(d.codePointIndex(6)).isEqualTo(4);
        assertThat(d.codePointIndex(7)).isEqualTo(5);
        for (int cp = 0; cp <= 5; cp++) {
            assertThat(d.codePointIndex(d.utf16Index(cp))).isEqualTo(cp);
        }
        assertThatThrownBy(() -> d.codePointIndex(8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.utf16Index(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loneSurrogatesCountAsOneCodePointEach() {
        Document d = Document.of("x", "a\uD800b\uDC00c");
        assertThat(d.codePointIndex(5)).isEqualTo(5);
        assertThat(d.utf16Index(5)).isEqualTo(5);
    }

    @Test
    void linesAndColumns() {
        Document d = Document.of("x", "ab\r\ncd\ref\ng\uD83D\uDE00h");
        assertThat(d.lineOf(0)).isEqualTo(1);
        assertThat(d.lineOf(4)).isEqualTo(2);
        assertThat(d.lineOf(7)).isEqualTo(3);
        assertThat(d.lineOf(10)).isEqualTo(4);
        assertThat(d.columnOf(5)).isEqualTo(2);
        assertThat(d.columnOf(13)).isEqualTo(3);
    }

    @Test
    void textOfSpan() {
        Document d = Document.of("x", "The Kyiv talks");
        assertThat(d.text(new Span(4, 8))).isEqualTo("Kyiv");
        assertThat(d.length()).isEqualTo(14);
        assertThat(d).hasToString("Document[x, 14 chars]");
    }
}
