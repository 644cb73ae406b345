package dev.parallax.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.text.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityDictionaryTest {
    private static final String HEADER = "id\ttype\tname\tlang\n";

    @Test
    void parsesVariantsCanonicalFirst() {
        EntityDictionary d = EntityDictionary.parse(
                "d.tsv",
                "# people\n" + HEADER
                        + "Q1\tPERSON\tOleh Luhovskyi\ten\nQ1\tPERSON\tОлег Луговський\tuk\n\nQ2\tPLACE\tKyiv\t\n");
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.variantCount()).isEqualTo(3);
        assertThat(d.get("Q1").orElseThrow().canonicalName()).isEqualTo("Oleh Luhovskyi");
        assertThat(d.get("Q2").orElseThrow().variants().get(0).language()).isEmpty();
    }

    @Test
    void acceptsCrlfAndBom() {
        EntityDictionary d =
                EntityDictionary.parse("d.tsv", "\uFEFF" + HEADER.replace("\n", "\r\n") + "Q1\tPLACE\tKyiv\tuk\r\n");
        assertThat(d.get("Q1").orElseThrow().variants().get(0).name()).isEqualTo("Kyiv");
        assertThat(d.get("Q1").orElseThrow().variants().get(0).lang()).isEqualTo("uk");
    }

    @Test
    void wrongFieldCountNamesFileAndLine() {
        assertThatThrownBy(() -> EntityDictionary.parse("d.tsv", HEADER + "Q1\tPLACE\tKyiv\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("d.tsv:2")
                .hasMessageContaining("4 tab-separated fields");
    }

    @Test
    void oneIdWithTwoTypesIsAnError() {
        assertThatThrownBy(
                        () -> EntityDictionary.parse("d.tsv", HEADER + "Q1\tPLACE\tKyiv\tuk\nQ1\tPERSON\tKyiv\tuk\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("d.tsv:3")
                .hasMessageContaining("one type");
    }

    @Test
    void emptyNameIsAnError() {
        assertThatThrownBy(() -> EntityDictionary.parse("d.tsv", HEADER + "Q1\tPLACE\t \tuk\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("d.tsv:2");
    }

    @Test
    void badLanguageTagIsAnError() {
        assertThatThrownBy(() -> EntityDictionary.parse("d.tsv", HEADER + "Q1\tPLACE\tKyiv\tnot a tag\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("d.tsv:2")
                .hasMessageContaining("BCP 47");
    }

    @Test
    void badTypeAndMissingHeaderAreErrors() {
        assertThatThrownBy(() -> EntityDictionary.parse("d.tsv", HEADER + "Q1\tCITY\tKyiv\tuk\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("PERSON, PLACE");
        assertThatThrownBy(() -> EntityDictionary.parse("d.tsv", "Q1\tPLACE\tKyiv\tuk\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("header");
    }

    @Test
    void invisibleCharactersInIdsAreShownEscaped() {
        assertThatThrownBy(() -> EntityDictionary.parse("d.tsv", HEADER + "Q\u200B1\tPLACE\tKyiv\tuk\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("U+200B");
    }

    @Test
    void builtInCopesWithItsIndex() {
        EntityDictionary d = EntityDictionary.builtIn();
        assertThat(d.size()).isGreaterThanOrEqualTo(0);
        assertThat(EntityDictionary.merge(List.of(d, EntityDictionary.empty())).size())
                .isEqualTo(d.size());
    }
}
