package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameStageTest {
    private static List<Article.NameMention> find(String t) {
        return NameStage.find(t, List.of(new Article.Sentence(new Span(0, t.length()), t)));
    }

    @Test
    void rolesAreStrippedAndSpansCoverTheName() {
        String t = "It was chaired by Turkish Foreign Minister Hakan Fidan and Ursula von der Leyen.";
        assertThat(find(t))
                .extracting(Article.NameMention::text)
                .containsExactly("Hakan Fidan", "Ursula von der Leyen");
        for (Article.NameMention m : find(t)) {
            assertThat(m.span().in(t)).isEqualTo(m.text());
        }
    }

    @Test
    void romanisationsShareAKey() {
        assertThat(NameStage.skeleton("Lugovskoy")).isEqualTo(NameStage.skeleton("Luhovskyi"));
        assertThat(NameStage.skeleton("Kiev")).isEqualTo(NameStage.skeleton("Kyiv"));
        assertThat(NameStage.skeleton("Alexandr")).isEqualTo(NameStage.skeleton("Alexander"));
        assertThat(NameStage.skeleton("Oleksandr")).isEqualTo(NameStage.skeleton("Alexander"));
        assertThat(NameStage.skeleton("Київ")).isEqualTo(NameStage.skeleton("Kyiv"));
        assertThat(NameStage.skeleton("Andrei")).isNotEqualTo(NameStage.skeleton("Alexander"));
    }

    @Test
    void possessiveEndsAName() {
        assertThat(find("They met in Turkey's Istanbul on Friday."))
                .extracting(Article.NameMention::text)
                .containsExactly("Turkey", "Istanbul");
    }
}
