package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAlignerTest {
    private final QuoteExtractor x = QuoteExtractor.defaults();
    private final QuoteAligner aligner = QuoteAligner.defaults();

    private QuoteAligner.DocumentQuotes doc(String name, String text) {
        return new QuoteAligner.DocumentQuotes(name, x.extract(Document.of(name, text)));
    }

    @Test
    void twoTranslationsOfOneStatementInTheSeedsAreGrouped() throws Exception {
        Document izvestia = Document.read(Path.of("../seeds/001_9ec1c4c68a409042.txt"));
        Document realist = Document.read(Path.of("../seeds/003_521b434013c2e3d5.txt"));
        var a = new QuoteAligner.DocumentQuotes("izvestia", x.extract(izvestia));
        var b = new QuoteAligner.DocumentQuotes("realist", x.extract(realist));
        List<QuoteAligner.QuoteGroup> groups = aligner.align(List.of(a, b));
        assertThat(groups).anySatisfy(g -> assertThat(g.members())
                .extracting(m -> m.quote().text())
                .anySatisfy(t -> assertThat(t).contains("advisable"))
                .anySatisfy(t -> assertThat(t).contains("appropriate to resume")));
    }

    @Test
    void differentSpeakersAreNotGroupedEvenWithTheSameWords() {
        var a = doc("a", "“We will continue the negotiations next week,” Tom Baker said.");
        var b = doc("b", "“We will continue the negotiations next week,” Lena Hart said.");
        assertThat(aligner.align(List.of(a, b))).isEmpty();
    }

    @Test
    void sameSpeakerParaphraseIsGrouped() {
        var a = doc("a", "“We consider it advisable to continue the talks in June,” Tom Baker said.");
        var b = doc("b", "“We see it as appropriate to resume negotiations in June,” Baker said.");
        assertThat(aligner.align(List.of(a, b))).singleElement().satisfies(g -> assertThat(g.members())
                .hasSize(2));
    }

    @Test
    void unrelatedStatementsStayApart() {
        var a = doc("a", "“The harvest was the best in ten years,” Tom Baker said.");
        var b = doc("b", "“We will continue the negotiations next week,” Tom Baker said.");
        assertThat(aligner.align(List.of(a, b))).isEmpty();
    }

    @Test
    void seedFilesExist() throws Exception {
        assertThat(Files.exists(Path.of("../seeds/001_9ec1c4c68a409042.txt"))).isTrue();
    }
}
