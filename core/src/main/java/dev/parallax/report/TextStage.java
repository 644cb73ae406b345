package dev.parallax.report;

import dev.parallax.text.Document;
import dev.parallax.text.Span;
import dev.parallax.text.TextAnalysis;
import dev.parallax.text.TextPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's adapter over the text stage ({@link TextPipeline}): the kept body of an article as
 * sentences, its language, and what cleaning removed with the reason. Stateless and safe for
 * concurrent use.
 */
final class TextStage {
    private TextStage() {}

    record Segmented(String language, List<Article.Sentence> sentences, List<Article.Removal> removed) {}

    static Segmented analyze(Document doc) {
        TextAnalysis a = TextPipeline.defaults().analyze(doc);
        List<Article.Sentence> sentences = a.sentences().stream()
                .map(s -> new Article.Sentence(s.span(), s.text(), s.lang()))
                .toList();
        List<Article.Removal> removed = a.removed().stream()
                .map(r -> new Article.Removal(r.span(), r.reason()))
                .toList();
        return new Segmented(a.language(), sentences, removed);
    }

    /** Non-blank lines, trimmed, as spans (for reading mastheads and datelines). */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = i;
            while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            int s = i;
            while (s < j && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            int e = j;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
            i = j + 1;
        }
        return out;
    }
}
