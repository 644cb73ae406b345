package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysTest {
    @Test
    void namesAcrossScriptsShareAKey() {
        assertThat(TokenKeys.fold("Зеленський")).isEqualTo(TokenKeys.fold("Zelensky"));
        assertThat(TokenKeys.fold("Харків")).isEqualTo(TokenKeys.fold("Kharkiv"));
        assertThat(TokenKeys.fold("Толстого").substring(0, 5))
                .isEqualTo(TokenKeys.fold("Tolstoy").substring(0, 5));
        assertThat(TokenKeys.fold("Expédition")).isEqualTo(TokenKeys.fold("expedition"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(TokenKeys.fold("Macron")).isNotEqualTo(TokenKeys.fold("Merkel"));
    }

    @Test
    void foldIgnoresTheDefaultLocale() {
        assertThat(TokenKeys.fold("ISTANBUL")).isEqualTo("istanbul");
    }

    private static List<String> keys(String token) {
        List<String> out = new ArrayList<>();
        NumberKeys.keys(token, out::add);
        return out;
    }

    @Test
    void thousandsInAnyNotationAreOneNumber() {
        assertThat(keys("1,000")).containsExactly("1000");
        assertThat(keys("1000")).containsExactly("1000");
        assertThat(keys("1 000")).containsExactly("1000");
        assertThat(keys("1.000.000")).containsExactly("1000000");
    }

    @Test
    void decimalsIgnoreTrailingZerosAndSeparatorKind() {
        assertThat(keys("8847,60")).containsExactly("8847.6");
        assertThat(keys("8847.6")).containsExactly("8847.6");
    }

    @Test
    void numericDateGivesDayMonthYear() {
        assertThat(keys("16.05.2025")).containsExactly("16", "m5", "2025");
        assertThat(NumberKeys.month("May")).isEqualTo(5);
        assertThat(NumberKeys.month("травня")).isEqualTo(5);
        assertThat(NumberKeys.month("мая")).isEqualTo(5);
        assertThat(NumberKeys.month("table")).isZero();
    }

    @Test
    void datesInWordsAndDigitsShareTheirKeys() {
        Features space = new Features(TokenKeys.DEFAULT, Lexicon.empty());
        Features.Sent a = space.extract("Signed on 16.05.2025.");
        Features.Sent b = space.extract("Підписано 16 травня 2025 року.");
        Features.Sent c = space.extract("Signed on May 16, 2025.");
        assertThat(intersection(a.keys, b.keys)).isEqualTo(3);
        assertThat(intersection(a.keys, c.keys)).isGreaterThanOrEqualTo(3);
    }

    private static int intersection(int[] x, int[] y) {
        int n = 0;
        for (int v : x) {
            for (int w : y) {
                if (v == w) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void sentenceBoundariesInsideALineAreCounted() {
        assertThat(boundaries("Пересдаст. Миллионам студентов это известно.")).isEqualTo(1);
        assertThat(boundaries("He left... Then she came! Why? Nobody knows.")).isEqualTo(3);
        assertThat(boundaries("He said: \"Stop.\" Then he left.")).isEqualTo(1);
        assertThat(boundaries("Les Anglais attendaient.Un examen montra tout ."))
                .isEqualTo(1);
    }

    @Test
    void abbreviationsInitialsAndOrdinalsAreNoBoundaries() {
        assertThat(boundaries("Yesterday Dr. Smith met V. Putin in St. Petersburg."))
                .isZero();
        assertThat(boundaries("Noch am 7. Juli hatten sie Stunden gekostet.")).isZero();
        assertThat(boundaries("One sentence only, ending here.")).isZero();
        assertThat(boundaries("Why?! Because.")).isEqualTo(1);
    }

    private static int boundaries(String s) {
        return Features.innerBoundaries(dev.parallax.text.Tokenizer.tokenize(s));
    }

    @Test
    void lineEndsAreClassifiedAfterClosingQuotes() {
        assertThat(end("He asked: \"Why?\"")).isEqualTo(1);
        assertThat(end("Stop!")).isEqualTo(2);
        assertThat(end("Он ушёл...")).isEqualTo(3);
        assertThat(end("Так…")).isEqualTo(3);
        assertThat(end("Die Wände sind zwar hoffnungslos ;")).isEqualTo(5);
        assertThat(end("yes, I am happy to listen to jazz")).isEqualTo(6);
        assertThat(end("It ended in 2025.")).isZero();
    }

    private static int end(String s) {
        return Features.finalMark(dev.parallax.text.Tokenizer.tokenize(s));
    }

    @Test
    void lineStartsAreClassified() {
        assertThat(start("— Я ухожу.")).isEqualTo(4);
        assertThat(start("«Ну и что?»")).isEqualTo(3);
        assertThat(start("von dem Dorfe Sama ausgehend")).isEqualTo(1);
        assertThat(start("1953 die Expedition")).isEqualTo(2);
        assertThat(start("Die Wände sind zwar hoffnungslos ;")).isZero();
        assertThat(start("")).isEqualTo(5);
    }

    private static int start(String s) {
        return Features.startClass(dev.parallax.text.Tokenizer.tokenize(s));
    }
}
