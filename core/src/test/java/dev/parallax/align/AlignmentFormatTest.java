package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.text.Document;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class AlignmentFormatTest {
    private static final List<String> A = List.of("Haus & Hof <alt>.", "Berg\u0001 \"hoch\".", "Weg.");
    private static final List<String> B = List.of("Maison.", "Montagne haute.");
    private static final List<Bead> BEADS = List.of(
            new Bead(List.of(0), List.of(0), 0.9),
            new Bead(List.of(1), List.of(1), 0.8),
            new Bead(List.of(2), List.of(), 1));

    private static String write(AlignmentFormat f) {
        StringBuilder sb = new StringBuilder();
        f.write(sb, BEADS, A, B, "de", "fr");
        return sb.toString();
    }

    @Test
    void ladderHasOneLinePerBead() {
        assertThat(write(AlignmentFormat.LADDER)).isEqualTo("[0]:[0]\n[1]:[1]\n[2]:[]\n");
    }

    @Test
    void jsonlCarriesIndicesScoreAndTexts() {
        String[] lines = write(AlignmentFormat.JSONL).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("{\"a\":[0],\"b\":[0],\"score\":0.9,\"a_text\":\"Haus & Hof <alt>.\"");
        assertThat(lines[2]).contains("\"b\":[]").contains("\"b_text\":\"\"");
    }

    @Test
    void tmxIsValidAgainstTheTmx14Dtd() throws Exception {
        String tmx = write(AlignmentFormat.TMX);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        DocumentBuilder builder = f.newDocumentBuilder();
        List<String> problems = new ArrayList<>();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        builder.setEntityResolver((publicId, systemId) -> {
            InputStream dtd = AlignmentFormatTest.class.getResourceAsStream("tmx14.dtd");
            assertThat(dtd).as("test DTD on the classpath").isNotNull();
            return new InputSource(dtd);
        });
        org.w3c.dom.Document doc = builder.parse(new InputSource(new StringReader(tmx)));
        assertThat(problems).isEmpty();
        assertThat(doc.getElementsByTagName("tu").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("seg").item(0).getTextContent()).isEqualTo("Haus & Hof <alt>.");
        assertThat(doc.getElementsByTagName("seg").item(2).getTextContent()).isEqualTo("Berg \"hoch\".");
    }

    @Test
    void unknownFormatIsRejected() {
        assertThatThrownBy(() -> AlignmentFormat.parse("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ladder, jsonl or tmx");
    }

    @Test
    void linesKeepIndicesAndDropCarriageReturns() {
        assertThat(AlignInput.lines(Document.of("a", "One.\r\n\r\nTwo.\n"))).containsExactly("One.", "", "Two.");
        assertThat(AlignInput.lines(Document.of("a", ""))).isEmpty();
    }

    @Test
    void textIsCleanedAndSplitByTheTextPipeline() {
        AlignInput.Side side = AlignInput.text(
                Document.of("a", "Dr. Smith came to the city. He left at noon! Why did he go?\n\nNobody knows it yet."),
                "en");
        assertThat(side.sentences())
                .containsExactly(
                        "Dr. Smith came to the city.", "He left at noon!", "Why did he go?", "Nobody knows it yet.");
        assertThat(side.language()).isEqualTo("en");
    }

    @Test
    void linesSideIdentifiesItsLanguageOnlyWhenAsked() {
        AlignInput.Side side = AlignInput.lines(Document.of("a", "Це наш Київ, і все буде добре.\nМи тут.\n"), null);
        assertThat(side.language()).isNull();
        assertThat(side.languageOrIdentify()).isEqualTo("uk");
    }
}
