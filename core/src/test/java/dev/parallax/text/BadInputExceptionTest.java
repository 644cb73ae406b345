package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadInputExceptionTest {
    @Test
    void messagesNameTheLocation() {
        BadInputException e = BadInputException.at("people.tsv", 12, 3, "expected 4 tab-separated fields, found 3");
        assertThat(e).hasMessage("people.tsv:12:3: expected 4 tab-separated fields, found 3");
        assertThat(e.source()).isEqualTo("people.tsv");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.byteOffset()).isEqualTo(-1);
        assertThat(e.problem()).isEqualTo("expected 4 tab-separated fields, found 3");
        assertThat(BadInputException.at("a", 4, 0, "bad")).hasMessage("a:4: bad");
        assertThat(BadInputException.atByte("b", 7, "bad")).hasMessage("b: byte 7: bad");
        assertThat(BadInputException.of("c", "no such file")).hasMessage("c: no such file");
    }

    @Test
    void invisibleCharactersAreEscaped() {
        assertThat(BadInputException.visible("a\u200Fb\tc\u00A0d e")).isEqualTo("aU+200FbU+0009cU+00A0d e");
        assertThat(BadInputException.visible("\uD800x")).isEqualTo("U+D800x");
        assertThat(BadInputException.visible("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
        assertThat(BadInputException.visible("x".repeat(100))).hasSize(81).endsWith("…");
    }
}
