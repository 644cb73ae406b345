package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    private static List<Quantities.Quantity> find(String s) {
        return Quantities.find(s, 0, s.length());
    }

    @Test
    void everyNotationOfAThousandReadsTheSame() {
        for (String s : List.of(
                "1,000 prisoners",
                "1000 prisoners",
                "1 000 prisoners",
                "one thousand prisoners",
                "a thousand prisoners",
                "1.000.000 prisoners")) {
            Quantities.Quantity q = find(s).get(0);
            assertThat(q.unit()).as(s).isEqualTo("prison");
            assertThat(q.value()).as(s).isEqualTo(s.startsWith("1.000.000") ? 1_000_000 : 1000);
        }
    }

    @Test
    void hedgesAreRead() {
        assertThat(find("lasted nearly two hours").get(0).normalized()).isEqualTo("<~ 2 hour");
        assertThat(find("lasted almost two hours").get(0).normalized()).isEqualTo("<~ 2 hour");
        assertThat(find("lasted less than two hours").get(0).normalized()).isEqualTo("< 2 hour");
        assertThat(find("a two-hour meeting").get(0).normalized()).isEqualTo("= 2 hour");
        assertThat(find("more than 300 soldiers").get(0).normalized()).isEqualTo("> 300 soldie");
        assertThat(find("about 40 minutes").get(0).normalized()).isEqualTo("~ 40 minute");
    }

    @Test
    void hedgedValuesOverlapUnlessTheyCannotBothBeTrue() {
        Quantities.Quantity nearly = find("nearly two hours").get(0);
        Quantities.Quantity under = find("less than two hours").get(0);
        Quantities.Quantity three = find("three hours").get(0);
        assertThat(nearly.overlaps(under)).isTrue();
        assertThat(under.overlaps(three)).isFalse();
    }

    @Test
    void yearsDaysAndClockTimesAreNotQuantities() {
        assertThat(find("in March 2022 on May 16 at 11:07")).isEmpty();
    }

    @Test
    void decimalCommaAndDatesAreHandled() {
        assertThat(Quantities.parseNumber("3,5")).isEqualTo(3.5);
        assertThat(Quantities.parseNumber("16.05.2025")).isNaN();
        assertThat(Quantities.parseNumber("2.5")).isEqualTo(2.5);
    }

    @Test
    void durationsReadTheSameInEveryServedLanguage() {
        assertThat(find("переговоры длились почти два часа").get(0).normalized())
                .isEqualTo("<~ 2 hour");
        assertThat(find("встреча продлилась менее двух часов").get(0).normalized())
                .isEqualTo("< 2 hour");
        assertThat(find("не менее трёх часов").get(0).normalized()).isEqualTo("> 3 hour");
        assertThat(find("зустріч тривала майже дві години").get(0).normalized()).isEqualTo("<~ 2 hour");
        assertThat(find("понад п’ять років").get(0).normalized()).isEqualTo("> 5 year");
        assertThat(find("Die Gespräche dauerten knapp zwei Stunden").get(0).normalized())
                .isEqualTo("<~ 2 hour");
        assertThat(find("weniger als 40 Minuten").get(0).normalized()).isEqualTo("< 40 minute");
        assertThat(find("les pourparlers ont duré près de deux heures").get(0).normalized())
                .isEqualTo("<~ 2 hour");
        assertThat(find("около 40 минут").get(0).normalized()).isEqualTo("~ 40 minute");
    }

    @Test
    void aRussianAndAnEnglishDurationCanContradictEachOther() {
        Quantities.Quantity ru = find("переговоры длились более трёх часов").get(0);
        Quantities.Quantity en = find("the talks lasted less than two hours").get(0);
        Quantities.Quantity uk = find("переговори тривали майже дві години").get(0);

        assertThat(ru.isDuration()).isTrue();
        assertThat(ru.overlaps(en)).isFalse();
        assertThat(uk.overlaps(en)).isTrue();
    }

    @Test
    void multipliersOfEveryLanguageScaleTheNumber() {
        assertThat(find("две тысячи пленных").get(0).value()).isEqualTo(2000);
        assertThat(find("1,5 мільйона доларів").get(0).value()).isEqualTo(1_500_000);
        assertThat(find("drei Milliarden Euro").get(0).value()).isEqualTo(3_000_000_000.0);
    }
}
