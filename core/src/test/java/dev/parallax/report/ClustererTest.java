package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClustererTest {
    private static Clusterer.Unit unit(int source, String text) {
        return new Clusterer.Unit(source, 0, Features.of(text, 0, text.length(), List.of()));
    }

    @Test
    void sameFactInOtherWordsJoinsDifferentFactsDoNot() {
        List<Clusterer.Unit> units = List.of(
                unit(0, "The negotiations lasted nearly two hours."),
                unit(1, "The talks lasted less than two hours and ended without a ceasefire."),
                unit(0, "Moscow is ready to continue negotiations with Kiev."),
                unit(2, "The meeting lasted almost two hours."),
                unit(2, "Germany promised a new sanctions package."));
        List<List<Integer>> c = Clusterer.withThreshold(0.3).cluster(units);
        assertThat(c).contains(List.of(0, 1, 3));
        assertThat(c).contains(List.of(2), List.of(4));
    }

    @Test
    void aClusterHoldsOnePassagePerSource() {
        List<Clusterer.Unit> units = List.of(
                unit(0, "A large exchange of 1,000 prisoners was agreed."),
                unit(0, "A large exchange of 1000 prisoners was agreed."),
                unit(1, "An exchange of 1000 prisoners was agreed."));
        for (List<Integer> c : Clusterer.withThreshold(0.3).cluster(units)) {
            Set<Integer> sources = new HashSet<>();
            c.forEach(i -> assertThat(sources.add(units.get(i).source())).isTrue());
        }
    }

    @Test
    void everyUnitLandsInExactlyOneCluster() {
        long seed = dev.parallax.TestSeeds.seed();
        Random rnd = new Random(seed);
        String[] words = {"talks", "prisoners", "palace", "ceasefire", "minister", "hours", "summit", "sanctions"};
        List<Clusterer.Unit> units = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 5; k++) {
                sb.append(words[rnd.nextInt(words.length)]).append(' ');
            }
            units.add(unit(rnd.nextInt(20), sb.toString()));
        }
        List<Integer> all = Clusterer.withThreshold(0.3).cluster(units).stream()
                .flatMap(List::stream)
                .sorted()
                .toList();
        assertThat(all).as("seed " + seed).hasSize(500).doesNotHaveDuplicates();
    }

    @Test
    void badThresholdIsRejected() {
        assertThatThrownBy(() -> Clusterer.withThreshold(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
    }

    @Test
    void aCallersSimilarityLinksWhatStemsCannot() {
        List<Clusterer.Unit> units = List.of(
                new Clusterer.Unit(0, 0, Features.of("Zelensky met Macron in Paris.", 0, 29, List.of("zel", "mac"))),
                new Clusterer.Unit(1, 1, Features.of("Зеленський зустрівся з Макроном.", 0, 32, List.of("zel", "mac"))),
                new Clusterer.Unit(2, 2, Features.of("It rained all day long in Rome.", 0, 31, List.of())));
        assertThat(Clusterer.withThreshold(0.9).cluster(units)).hasSize(3);
        assertThat(Clusterer.withThreshold(0.9)
                        .withSimilarity((a, b) -> a + b == 1 ? 0.95 : 0)
                        .cluster(units))
                .containsExactly(List.of(0, 1), List.of(2));
    }
}
