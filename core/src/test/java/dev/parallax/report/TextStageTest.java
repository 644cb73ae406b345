package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.Document;
import dev.parallax.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextStageTest {
    @Test
    void sentencesSplitButNotAfterInitialsOrAbbreviations() {
        String t = "Leaders of the U.S. and France met. Mr. Smith said “Good.” Then 1,000 left.";
        List<String> s = TextStage.splitSentences(t, 0, t.length()).stream()
                .map(sp -> sp.in(t))
                .toList();
        assertThat(s)
                .containsExactly("Leaders of the U.S. and France met.", "Mr. Smith said “Good.”", "Then 1,000 left.");
    }

    @Test
    void boilerplateLinesAreRemovedWithAReason() {
        String t = "Skip to main content\n15:06 GMT 16.05.2025\nThe talks began in the city today.\n"
                + "The talks began in the city today.\nBy Jane Doe\nПереведено сервисом\n";
        TextStage.Segmented s = TextStage.analyze(Document.of("a", t));
        assertThat(s.sentences())
                .extracting(Article.Sentence::text)
                .containsExactly("The talks began in the city today.");
        assertThat(s.removed())
                .extracting(Article.Removal::reason)
                .containsExactly("navigation", "timestamp", "duplicate", "byline", "other-language");
        for (Article.Removal r : s.removed()) {
            Span sp = r.span();
            assertThat(sp.in(t)).doesNotStartWith(" ").doesNotEndWith("\n");
        }
    }

    @Test
    void languageVote() {
        assertThat(TextStage.language("The talks and the meeting of the leaders were held in the city."))
                .isEqualTo("en");
        assertThat(TextStage.language("Переговоры прошли в Стамбуле, и это не первый раз, что они встречаются."))
                .isEqualTo("ru");
        assertThat(TextStage.language("Переговори пройшли в Стамбулі, і це вже не вперше, що делегації зустрічаються."))
                .isEqualTo("uk");
        assertThat(TextStage.language("12345")).isEqualTo("und");
    }
}
