package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void javadocExample() {
        assertThat(texts("Зеленський's office, 1,000 POWs."))
                .containsExactly("Зеленський's", "office", ",", "1,000", "POWs", ".");
    }

    @Test
    void apostrophesInsideWordsHyphensSplit() {
        assertThat(texts("Дем'ян Zelensky’s face-to-face"))
                .containsExactly("Дем'ян", "Zelensky’s", "face", "-", "to", "-", "face");
        assertThat(texts("leaders’ summit")).containsExactly("leaders", "’", "summit");
    }

    @Test
    void numbers() {
        assertThat(texts("16.05.2025 3.5 1 000 prisoners, 2025 12"))
                .containsExactly("16.05.2025", "3.5", "1 000", "prisoners", ",", "2025", "12");
        assertThat(texts("A1 1000-for-1000")).containsExactly("A", "1", "1000", "-", "for", "-", "1000");
        assertThat(Tokenizer.tokenize("1,000").get(0).kind()).isEqualTo(Token.Kind.NUMBER);
    }

    @Test
    void kindsAndSpans() {
        List<Token> t = Tokenizer.tokenize("Kyiv €5 «Да»");
        assertThat(t)
                .extracting(Token::kind)
                .containsExactly(
                        Token.Kind.WORD,
                        Token.Kind.SYMBOL,
                        Token.Kind.NUMBER,
                        Token.Kind.PUNCT,
                        Token.Kind.WORD,
                        Token.Kind.PUNCT);
        assertThat(t.get(0).span()).isEqualTo(new Span(0, 4));
        assertThat(t.get(0).isCapitalized()).isTrue();
        assertThat(t.get(0).isWord()).isTrue();
    }

    @Test
    void invisibleCharactersInsideWordsStayAndAroundAreSkipped() {
        assertThat(texts("Ky\u200Biv \u200Fx")).containsExactly("Ky\u200Biv", "x");
        assertThat(texts("e\u0301te")).containsExactly("e\u0301te");
    }

    @Test
    void supplementaryLettersAndEmoji() {
        assertThat(texts("\uD835\uDC00b \uD83D\uDE00")).containsExactly("\uD835\uDC00b", "\uD83D\uDE00");
    }

    @Test
    void rangeIsRespectedAndValidated() {
        List<Token> t = Tokenizer.tokenize("one two three", 4, 7);
        assertThat(t).extracting(Token::text).containsExactly("two");
        assertThat(t.get(0).start()).isEqualTo(4);
        assertThatThrownBy(() -> Tokenizer.tokenize("abc", 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Token(2, 2, "", Token.Kind.WORD)).isInstanceOf(IllegalArgumentException.class);
    }
}
