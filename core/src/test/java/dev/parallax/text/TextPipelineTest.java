package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPipelineTest {
    private static TextAnalysis analyze(String text) {
        return TextPipeline.defaults().analyze(Document.of("t.txt", text));
    }

    private static List<String> sentences(TextAnalysis a) {
        return a.sentences().stream().map(Sentence::text).toList();
    }

    private static List<String> removed(TextAnalysis a) {
        return a.removed().stream()
                .map(r -> r.reason() + ":" + r.text(a.document()))
                .toList();
    }

    @Test
    void javadocExampleHolds() {
        TextAnalysis a = analyze(
                "Advertisement\nTalks end in Istanbul\nThe talks ended. Both sides will meet again.\nBy Jane Roe");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.paragraphs())
                .extracting(Paragraph::kind)
                .containsExactly(Paragraph.Kind.HEADLINE, Paragraph.Kind.BODY);
        assertThat(sentences(a))
                .containsExactly("Talks end in Istanbul", "The talks ended.", "Both sides will meet again.");
        assertThat(removed(a)).containsExactly("advertisement:Advertisement", "byline:By Jane Roe");
        assertThat(a.removed()).extracting(Removal::span).containsExactly(new Span(0, 13), new Span(81, 92));
    }

    @Test
    void headlineIsNeverMergedWithTheNextParagraph() {
        TextAnalysis a = analyze("Kiev has requested direct talks between Putin and Zelensky\n"
                + "No matter how Kiev delayed this meeting, the talks resumed on Friday.");
        assertThat(sentences(a))
                .containsExactly(
                        "Kiev has requested direct talks between Putin and Zelensky",
                        "No matter how Kiev delayed this meeting, the talks resumed on Friday.");
        assertThat(a.paragraphs().get(0).kind()).isEqualTo(Paragraph.Kind.HEADLINE);
    }

    @Test
    void dashStructuredLinesAreListItems() {
        TextAnalysis a = analyze("Here are the main takeaways:\n"
                + "Russia satisfied with the outcome – Moscow’s delegation expressed satisfaction.\n"
                + "Mass prisoner exchange planned – A swap of 1,000 prisoners has been agreed upon.\n"
                + "The talks lasted two hours.");
        assertThat(a.paragraphs())
                .extracting(Paragraph::kind)
                .containsExactly(
                        Paragraph.Kind.BODY, Paragraph.Kind.LIST_ITEM, Paragraph.Kind.LIST_ITEM, Paragraph.Kind.BODY);
    }

    @Test
    void lineRepeatedTwiceIsACaptionKeptOnce() {
        String caption = "Members of the Russian delegation at the negotiations in Istanbul.";
        TextAnalysis a = analyze("The talks began.\n" + caption + "\n" + caption + "\nThey ended soon.");
        assertThat(sentences(a)).containsExactly("The talks began.", caption, "They ended soon.");
        assertThat(a.paragraphs().get(1).kind()).isEqualTo(Paragraph.Kind.CAPTION);
        assertThat(removed(a)).containsExactly("duplicate-caption:" + caption);
        assertThat(a.removed().get(0).span().start()).isEqualTo(17 + caption.length() + 1);
    }

    @Test
    void stampsSourceLinesAndFootersAreRemovedWithReasons() {
        TextAnalysis a = analyze(" date 2025-05-16 Talks begin in Istanbul\n"
                + "15:06 GMT 16.05.2025 (Updated: 16:08 GMT 16.05.2025)\n"
                + "The delegations met on Friday. They talked for two hours.\n"
                + "Source: Xinhua   Editor: Zhao Yinuo\n"
                + "Переведено сервисом «Яндекс Переводчик»\n");
        assertThat(removed(a))
                .containsExactly(
                        "timestamp:date 2025-05-16",
                        "timestamp:15:06 GMT 16.05.2025 (Updated: 16:08 GMT 16.05.2025)",
                        "source-line:Source: Xinhua   Editor: Zhao Yinuo",
                        "machine-translation:Переведено сервисом «Яндекс Переводчик»");
        assertThat(sentences(a))
                .containsExactly(
                        "Talks begin in Istanbul", "The delegations met on Friday.", "They talked for two hours.");
    }

    @Test
    void menuLinesBeforeTheArticleAreNavigation() {
        TextAnalysis a = analyze("Home\nWorld\nPolitics\nSearch\n"
                + "The delegations of Russia and Ukraine met in Istanbul on Friday for the first time.");
        assertThat(a.removed()).hasSize(4).allMatch(r -> !r.reason().isEmpty());
        assertThat(sentences(a)).hasSize(1);
    }

    @Test
    void agencyDatelineIsMetadata() {
        TextAnalysis a = analyze("KYIV (Reuters) - Ukraine said on Friday that talks would go on.");
        assertThat(removed(a)).containsExactly("dateline:KYIV (Reuters) -");
        assertThat(sentences(a)).containsExactly("Ukraine said on Friday that talks would go on.");
    }

    @Test
    void languagesPerParagraph() {
        TextAnalysis a = analyze("Переговоры в Стамбуле завершились в пятницу, делегации договорились об обмене.\n"
                + "Переговори в Стамбулі завершилися в п'ятницю, делегації домовилися про обмін полоненими.\n"
                + "The talks in Istanbul ended on Friday with an agreement on a prisoner exchange.");
        assertThat(a.paragraphs()).extracting(Paragraph::lang).containsExactly("ru", "uk", "en");
        assertThat(a.sentences()).extracting(Sentence::lang).containsExactly("ru", "uk", "en");
    }

    @Test
    void emptyAndBlankDocumentsHaveNothing() {
        assertThat(analyze("").sentences()).isEmpty();
        TextAnalysis blank = analyze(" \n\r\n\t ");
        assertThat(blank.sentences()).isEmpty();
        assertThat(blank.paragraphs()).isEmpty();
        assertThat(blank.language()).isEqualTo("und");
    }

    @Test
    void fixedLanguageSkipsIdentification() {
        TextAnalysis a = TextPipeline.defaults().withLanguage("de").analyze(Document.of("x", "Das ist z. B. gut. Ja."));
        assertThat(a.language()).isEqualTo("de");
        assertThat(sentences(a)).containsExactly("Das ist z. B. gut.", "Ja.");
    }

    @Test
    void russianPageWithHeadlineStampDatelineAndAuthor() {
        TextAnalysis a = analyze("Главное\nПоделиться\nПереговоры в Стамбуле\n16 мая 2025, 15:06\n"
                + "МОСКВА, 16 мая. /ТАСС/. Делегации встретились в Стамбуле. По словам В. В. Путина, т.е. Кремля, всё прошло в г. Стамбул.\n"
                + "Автор: Иван Петров\nРеклама\n");
        assertThat(a.language()).isEqualTo("ru");
        assertThat(a.paragraphs().get(0).kind()).isEqualTo(Paragraph.Kind.HEADLINE);
        assertThat(sentences(a))
                .containsExactly(
                        "Переговоры в Стамбуле",
                        "Делегации встретились в Стамбуле.",
                        "По словам В. В. Путина, т.е. Кремля, всё прошло в г. Стамбул.");
        assertThat(removed(a))
                .containsExactly(
                        "widget:Главное",
                        "widget:Поделиться",
                        "timestamp:16 мая 2025, 15:06",
                        "dateline:МОСКВА, 16 мая. /ТАСС/.",
                        "byline:Автор: Иван Петров",
                        "advertisement:Реклама");
    }
}
