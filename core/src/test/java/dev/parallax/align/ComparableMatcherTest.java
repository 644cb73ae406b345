package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparableMatcherTest {
    @Test
    void reorderedReportsLinkTheSameStatements() {
        List<String> a = List.of(
                "Zelensky met Macron in Paris on Monday.",
                "Rain is expected in the capital.",
                "The talks lasted 3 hours, the office said.");
        List<String> b = List.of(
                "According to the office, the talks went on for 3 hours.",
                "Football results follow.",
                "On Monday Zelenskyy and Macron met in Paris.");
        List<String> links = ComparableMatcher.defaults().match(a, b).stream()
                .map(Bead::ladder)
                .toList();
        assertThat(links).containsExactlyInAnyOrder("[0]:[2]", "[2]:[0]");
    }

    @Test
    void acrossScriptsNamesAndNumbersLink() {
        List<String> a = List.of("Зеленський і Макрон зустрілися в Парижі 16.05.2025.", "Погода погана.");
        List<String> b = List.of("Nothing here.", "Zelensky and Macron met in Paris on May 16, 2025.");
        assertThat(ComparableMatcher.defaults().match(a, b))
                .extracting(Bead::ladder)
                .containsExactly("[0]:[1]");
    }

    @Test
    void sentenceSplitInTwoLinksBothParts() {
        List<String> a =
                List.of("The mayor of Lviv, Andriy Sadovyi, said 40 buildings were damaged and 12 people injured.");
        List<String> b = List.of(
                "The mayor of Lviv, Andriy Sadovyi, said 40 buildings were damaged.",
                "Sadovyi added that 12 people were injured.",
                "Elsewhere it was quiet.");
        assertThat(ComparableMatcher.defaults().match(a, b))
                .extracting(Bead::ladder)
                .containsExactly("[0]:[0, 1]");
    }

    @Test
    void aHeadlineRepeatedAsTheFirstSentenceDoesNotHideItsPartner() {
        // News sites repeat the headline as the first sentence; both outlets did, in other words.
        String headline = "Warsaw believes Minsk is using migrants as a weapon";
        List<String> a =
                List.of(headline, headline, "Sanctions stopped Lukashenko for a while, the deputy minister said.");
        List<String> b = List.of(
                "Warsaw thinks Minsk uses migrants as a weapon",
                "The deputy minister said sanctions had stopped Lukashenko for a while.",
                "Minsk is using migrants as a weapon, Warsaw believes");
        List<String> links = ComparableMatcher.defaults().match(a, b).stream()
                .map(Bead::ladder)
                .toList();
        // Which copy of the headline takes which rendering is a tie; that both are linked is not.
        assertThat(links).contains("[2]:[1]").hasSize(3);
        assertThat(links).anySatisfy(l -> assertThat(l).startsWith("[0]:"));
        assertThat(links).anySatisfy(l -> assertThat(l).startsWith("[1]:"));
    }

    @Test
    void unrelatedTextsGiveNoLinks() {
        assertThat(ComparableMatcher.defaults().match(List.of("Cats sleep a lot."), List.of("Stocks fell 3%.")))
                .isEmpty();
        assertThat(ComparableMatcher.defaults().match(List.of(), List.of("x"))).isEmpty();
    }

    @Test
    void badThresholdIsRejected() {
        assertThatThrownBy(() -> ComparableMatcher.defaults().withThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }

    @Test
    void modeDetectionTellsTranslationFromReports() {
        ComparableMatcher m = ComparableMatcher.defaults();
        List<String> a = List.of("Kyiv 1.", "Lviv 2.", "Odesa 3.", "Dnipro 4.", "Kharkiv 5.");
        assertThat(AlignMode.detect(a, List.of("Київ 1.", "Львів 2.", "Одеса 3.", "Дніпро 4.", "Харків 5."), m))
                .isEqualTo(AlignMode.PARALLEL);
        assertThat(AlignMode.detect(a, List.of("Харків 5.", "Дніпро 4.", "Одеса 3.", "Львів 2.", "Київ 1."), m))
                .isEqualTo(AlignMode.COMPARABLE);
    }
}
