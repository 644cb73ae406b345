package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactClustererTest {
    @Test
    void threeOutletsOneFact() {
        List<List<String>> docs = List.of(
                List.of("Zelensky met Macron in Paris.", "It rained."),
                List.of("Макрон і Зеленський зустрілися в Парижі."),
                List.of("Weather: sunny.", "Zelensky and Macron met in Paris on Monday."));
        List<FactCluster> clusters = FactClusterer.defaults().cluster(docs);
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).members())
                .containsExactly(
                        new FactCluster.Member(0, 0), new FactCluster.Member(1, 0), new FactCluster.Member(2, 1));
        assertThat(clusters.get(0).documents()).isEqualTo(3);
        assertThat(clusters.get(0).cohesion()).isBetween(0.2, 1.0);
    }

    private static final String[] FILLERS = {
        "Weather in Lviv stayed mild.",
        "Dynamo won the football derby.",
        "Bread prices climbed again.",
        "A new bridge opened near Chernihiv.",
        "Schools start later this autumn."
    };

    @Test
    void clustersNeverHoldTwoSentencesOfOneDocumentThroughADirectLink() {
        long seed = dev.parallax.TestSeeds.seed();
        Random r = new Random(seed);
        List<List<String>> docs = new ArrayList<>();
        String[] facts = {
            "The dam at Nova Kakhovka was destroyed at 2:50.",
            "Officials evacuated 17000 residents from Kherson.",
            "The UN called an emergency meeting in New York.",
            "Water levels rose by 5 meters in Nikopol."
        };
        for (int d = 0; d < 5; d++) {
            List<String> s = new ArrayList<>();
            for (String f : facts) {
                if (r.nextDouble() < 0.8) {
                    s.add(f);
                }
            }
            s.add(FILLERS[d]);
            docs.add(s);
        }
        List<FactCluster> clusters = FactClusterer.defaults().cluster(docs);
        for (FactCluster c : clusters) {
            assertThat(c.members().stream()
                            .map(FactCluster.Member::document)
                            .distinct()
                            .count())
                    .as("seed %d", seed)
                    .isEqualTo(c.members().size());
            String first = docs.get(c.members().get(0).document())
                    .get(c.members().get(0).sentence());
            for (FactCluster.Member m : c.members()) {
                assertThat(docs.get(m.document()).get(m.sentence()))
                        .as("seed %d", seed)
                        .isEqualTo(first);
            }
        }
    }

    @Test
    void noDocumentsNoClusters() {
        assertThat(FactClusterer.defaults().cluster(List.of())).isEmpty();
        assertThat(FactClusterer.defaults().cluster(List.of(List.of("A."), List.of())))
                .isEmpty();
    }

    @Test
    void similarityIsCrossLingualAndBounded() {
        SentenceSimilarity sim = SentenceSimilarity.defaults();
        double same = sim.score("Зеленський зустрівся з Макроном 16 травня.", "Zelensky met Macron on May 16.");
        double other = sim.score("Зеленський зустрівся з Макроном 16 травня.", "Stocks fell sharply on Wall Street.");
        assertThat(same).isGreaterThan(0.4).isLessThanOrEqualTo(1.0);
        assertThat(other).isLessThan(0.1).isGreaterThanOrEqualTo(0.0);
        assertThat(sim.score("Zelensky met Macron.", "Zelensky met Macron."))
                .isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
