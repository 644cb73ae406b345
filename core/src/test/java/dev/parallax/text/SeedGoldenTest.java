package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cleaning and segmentation of the five seed articles against reviewed golden files in {@code
 * src/test/resources/golden/}. Regenerate only on purpose, then read the diff:
 *
 * <pre>
 * ./mvnw -q -B -ntp -pl core test -Dtest=SeedGoldenTest -Dparallax.golden.update=true
 * </pre>
 */
class SeedGoldenTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cleaningAndSegmentationMatchTheReviewedGoldenFile(Path seed) throws IOException {
        Document doc = Document.read(seed);
        String actual = render(TextPipeline.defaults().analyze(doc));
        Path golden = GOLDEN.resolve(seed.getFileName().toString().replace(".txt", ".golden.txt"));
        if (Boolean.getBoolean("parallax.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file; create it with -Dparallax.golden.update=true")
                .exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * One line per item in text order: {@code = KIND lang} for a paragraph, {@code   s lang} for each
     * of its sentences, {@code - reason} for a removal; each with its UTF-16 span and text.
     */
    static String render(TextAnalysis a) {
        record Item(int start, int order, String line) {}
        String text = a.document().text();
        List<Item> items = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            items.add(new Item(p.span().start(), 0, "= " + p.kind() + " " + p.lang() + " " + p.span()));
        }
        for (Sentence s : a.sentences()) {
            items.add(new Item(s.span().start(), 1, "  s " + s.lang() + " " + s.span() + " " + s.text()));
        }
        for (Removal r : a.removed()) {
            items.add(new Item(
                    r.span().start(),
                    0,
                    "- " + r.reason() + " " + r.span() + " " + r.span().in(text)));
        }
        items.sort((x, y) ->
                x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.order(), y.order()));
        StringBuilder sb = new StringBuilder("# ")
                .append(a.document().source().replace('\\', '/'))
                .append(" language=")
                .append(a.language())
                .append('\n');
        for (Item i : items) {
            sb.append(i.line()).append('\n');
        }
        return sb.toString();
    }
}
