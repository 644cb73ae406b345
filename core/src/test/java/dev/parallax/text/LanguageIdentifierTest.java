package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier id = LanguageIdentifier.defaults();

    @Test
    void javadocExamples() {
        assertThat(id.identify("Переговоры в Стамбуле завершились.")).isEqualTo("ru");
        assertThat(id.identify("Переговори у Стамбулі")).isEqualTo("uk");
        assertThat(id.identify("On")).isEqualTo("und");
    }

    @Test
    void longerTextsInSeveralLanguages() {
        assertThat(id.identify("The Russian delegation was led by presidential aide Vladimir Medinsky."))
                .isEqualTo("en");
        assertThat(id.identify("Die russische Delegation wurde von Präsidentenberater Wladimir Medinski geleitet."))
                .isEqualTo("de");
        assertThat(id.identify("La délégation russe était conduite par le conseiller présidentiel Vladimir Medinski."))
                .isEqualTo("fr");
        assertThat(id.identify(
                        "Російську делегацію очолив помічник президента Володимир Мединський, повідомляє агентство."))
                .isEqualTo("uk");
        assertThat(id.identify(
                        "Российскую делегацию возглавил помощник президента Владимир Мединский, сообщает агентство."))
                .isEqualTo("ru");
        assertThat(id.identify("Η ρωσική αντιπροσωπεία")).isEqualTo("el");
    }

    @Test
    void shortCyrillicFallsBackOnLetters() {
        assertThat(id.identify("Київ")).isEqualTo("uk");
        assertThat(id.identify("Москва")).isEqualTo("ru");
        assertThat(id.identify("Объявление")).isEqualTo("ru");
    }

    @Test
    void shortLatinTakesTheContextLanguage() {
        assertThat(id.identify("Main takeaways", "en")).isEqualTo("en");
        assertThat(id.identify("Main takeaways", "ru")).isEqualTo("und");
        assertThat(id.identify("12:30", "en")).isEqualTo("und");
    }

    @Test
    void aParagraphInAnotherLanguageOverrulesTheContext() {
        assertThat(id.identify(
                        "Die Gespräche in Istanbul endeten am Freitag ohne eine Einigung über eine Waffenruhe.", "en"))
                .isEqualTo("de");
        assertThat(id.identify("Переговори в Стамбулі завершилися в п'ятницю без угоди про перемир'я.", "ru"))
                .isEqualTo("uk");
    }

    @Test
    void modelLabelsMapToShortestTags() {
        assertThat(LanguageIdentifier.toBcp47("rus")).isEqualTo("ru");
        assertThat(LanguageIdentifier.toBcp47("ukr")).isEqualTo("uk");
        assertThat(LanguageIdentifier.toBcp47("eng")).isEqualTo("en");
        assertThat(LanguageIdentifier.toBcp47("deu")).isEqualTo("de");
        assertThat(LanguageIdentifier.toBcp47("fra")).isEqualTo("fr");
        assertThat(LanguageIdentifier.toBcp47("cmn")).isEqualTo("zh");
        assertThat(LanguageIdentifier.toBcp47("nds")).isEqualTo("nds");
    }

    @Test
    void ourFeaturesAreOpenNlpsFeatures() throws Exception {
        LanguageDetectorModel model;
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        var generator = model.getFactory().getContextGenerator();
        String[] samples = {
            "Hello  World 123, it's  soooo  GOOD!",
            "Переговоры в Стамбуле,\n\nзавершились 16 мая 2025 г.",
            "Türkiye’s Foreign Minister Fidan is expected to attend the talks.",
            "  leading and trailing\tspace  ",
            "a\u00A0b  c\r\nd",
            "RT: see #istanbul and @kyiv :) xDo at http://example.com/x now;p",
            "Переговори в Стамбулі завершилися в п'ятницю без угоди про перемир'я.",
        };
        List<String> all = new ArrayList<>(Arrays.asList(samples));
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path p : seeds.filter(f -> f.toString().endsWith(".txt")).toList()) {
                all.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(all).hasSizeGreaterThan(100);
        for (String s : all) {
            Set<String> theirs = new HashSet<>();
            for (Object o : generator.getContext(s)) {
                theirs.add(o.toString());
            }
            Set<String> ours = new HashSet<>(Arrays.asList(LanguageIdentifier.features(s, 0, s.length())));
            assertThat(ours).as(s).isEqualTo(theirs);
        }
    }

    @Test
    void badRangeIsRejected() {
        assertThatThrownBy(() -> id.identify("abc", 2, 5, "und")).isInstanceOf(IllegalArgumentException.class);
    }
}
