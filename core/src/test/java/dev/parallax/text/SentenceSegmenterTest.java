package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {
    private static List<String> split(String lang, String text) {
        return SentenceSegmenter.forLanguage(lang).split(text).stream()
                .map(s -> s.in(text))
                .toList();
    }

    @Test
    void javadocExample() {
        String text = "Dr. Smith met V. Putin. “Why?” he asked.\nNext";
        assertThat(SentenceSegmenter.forLanguage("en").split(text, 0, text.length()))
                .containsExactly(new Span(0, 23), new Span(24, 40), new Span(41, 45));
        assertThat(split("en", text)).containsExactly("Dr. Smith met V. Putin.", "“Why?” he asked.", "Next");
    }

    @Test
    void englishTitlesAndCountryAbbreviations() {
        assertThat(split(
                        "en", "Sen. Graham spoke. The U.S. President called Mr. Putin at 9 a.m. on Friday. He agreed."))
                .containsExactly(
                        "Sen. Graham spoke.", "The U.S. President called Mr. Putin at 9 a.m. on Friday.", "He agreed.");
        assertThat(split("en", "They met at 9 a.m. The talks lasted two hours."))
                .containsExactly("They met at 9 a.m.", "The talks lasted two hours.");
        assertThat(split("en", "He flew to Washington, D.C. on Monday."))
                .containsExactly("He flew to Washington, D.C. on Monday.");
    }

    @Test
    void russianAbbreviationsAndInitials() {
        assertThat(split("ru", "Встреча прошла в г. Стамбуле. В. Путин не приехал, т.е. переговоры вели делегации."))
                .containsExactly(
                        "Встреча прошла в г. Стамбуле.", "В. Путин не приехал, т.е. переговоры вели делегации.");
        assertThat(split("ru", "Это было в 2022 г. Потом переговоры прервались."))
                .containsExactly("Это было в 2022 г.", "Потом переговоры прервались.");
    }

    @Test
    void ukrainianAndGermanAndFrench() {
        assertThat(split("uk", "Зустріч відбулася на вул. Хрещатик. Делегації домовилися."))
                .containsExactly("Зустріч відбулася на вул. Хрещатик.", "Делегації домовилися.");
        assertThat(split("de", "Das gilt z. B. für Kyjiw. Danach folgte Prof. Müller."))
                .containsExactly("Das gilt z. B. für Kyjiw.", "Danach folgte Prof. Müller.");
        assertThat(split("fr", "M. Macron a parlé. Mme. Dupont a répondu."))
                .containsExactly("M. Macron a parlé.", "Mme. Dupont a répondu.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(split("en", "He said: “We agree.” Then he left. «Почему?» Никто не ответил. \"Fine.\" Done."))
                .containsExactly(
                        "He said: “We agree.”",
                        "Then he left.",
                        "«Почему?»",
                        "Никто не ответил.",
                        "\"Fine.\"",
                        "Done.");
    }

    @Test
    void lineBreaksAreHardBoundaries() {
        assertThat(split("en", "A headline without a period\nThe body starts here.\r\nAnother line"))
                .containsExactly("A headline without a period", "The body starts here.", "Another line");
    }

    @Test
    void spansAreTrimmedAndNeverEmpty() {
        String text = "  \t First one.   Second one.  \n\n   ";
        List<Span> spans = SentenceSegmenter.forLanguage("en").split(text);
        assertThat(spans).containsExactly(new Span(4, 14), new Span(17, 28));
    }

    @Test
    void subRangeGivesSpansIntoTheWholeText() {
        String text = "Skip. Inside one. Inside two. Skip.";
        assertThat(SentenceSegmenter.forLanguage("en").split(text, 6, 29))
                .containsExactly(new Span(6, 17), new Span(18, 29));
    }

    @Test
    void undeterminedLanguageUsesTheSharedList() {
        assertThat(split("und", "Dr. Who arrived. Then left.")).containsExactly("Dr. Who arrived.", "Then left.");
        assertThat(SentenceSegmenter.forLanguage("pt-BR").language()).isEqualTo("pt");
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> SentenceSegmenter.forLanguage("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SentenceSegmenter.forLanguage("not a tag!"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SentenceSegmenter.forLanguage("en").split("abc", 1, 9))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
