package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.text.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
    @TempDir
    Path dir;

    @Test
    void tsvWorksInBothDirections() {
        Lexicon lex = Lexicon.parseTsv("l.tsv", "# de-fr\nHaus\tmaison\r\n\nBerg\tmontagne\n");
        assertThat(lex.size()).isEqualTo(2);
        assertThat(lex.translations("Berg")).containsExactly("montagne");
        assertThat(lex.translations("montagne")).containsExactly("berg");
    }

    @Test
    void inflectedFormFindsItsLemma() {
        Lexicon lex = Lexicon.parseTsv("l.tsv", "гора\tmountain\n");
        assertThat(lex.translations("горами")).containsExactly("mountain");
    }

    @Test
    void malformedTsvLineNamesFileAndLine() {
        assertThatThrownBy(() -> Lexicon.parseTsv("words.tsv", "Haus\tmaison\nBerg montagne\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("words.tsv:2:")
                .hasMessageContaining("expected 2 tab-separated fields");
        assertThatThrownBy(() -> Lexicon.parseTsv("words.tsv", "Haus\t\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("words.tsv:1:6: empty target word");
    }

    @Test
    void missingFileIsBadInput() {
        assertThatThrownBy(() -> Lexicon.load(dir.resolve("none.tsv"))).isInstanceOf(BadInputException.class);
    }

    @Test
    void dictdIndexWithGzippedDataIsRead() throws IOException {
        String e1 = "Haus /haʊs/\nmaison, demeure\n";
        String e2 = "Berg\n1. montagne (f)\n2. mont\n";
        byte[] b1 = e1.getBytes(StandardCharsets.UTF_8);
        byte[] b2 = e2.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(b1);
        raw.write(b2);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(raw.toByteArray());
        }
        Files.write(dir.resolve("t.dict.dz"), gz.toByteArray());
        String index = "00-database-info\tA\tB\nHaus\tA\t" + b64(b1.length) + "\nBerg\t" + b64(b1.length) + "\t"
                + b64(b2.length) + "\n";
        Files.writeString(dir.resolve("t.index"), index, StandardCharsets.UTF_8);
        Lexicon lex = Lexicon.load(dir.resolve("t.index"));
        assertThat(lex.translations("haus")).containsExactly("maison", "demeure");
        assertThat(lex.translations("berg")).containsExactly("montagne", "mont");
    }

    @Test
    void dictdEntryOutsideTheDataIsBadInput() {
        assertThatThrownBy(() -> Lexicon.parseDictd("x.index", "Haus\tA\tZZ\n", new byte[3]))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("x.index:1:");
    }

    @Test
    void installedFreeDictLoadsWhenPresent() {
        Path index = Path.of("/usr/share/dictd/freedict-deu-fra.index");
        assumeTrue(Files.exists(index), "FreeDict deu-fra not installed (apt-get install dict-freedict-deu-fra)");
        Lexicon lex = Lexicon.load(index);
        assertThat(lex.size()).isGreaterThan(1000);
        assertThat(lex.translations("haus")).contains("maison");
    }

    private static String b64(long v) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder sb = new StringBuilder();
        do {
            sb.insert(0, digits.charAt((int) (v % 64)));
            v /= 64;
        } while (v > 0);
        return sb.toString();
    }
}
