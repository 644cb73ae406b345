package dev.parallax.text;

import java.util.List;
import java.util.Objects;

/**
 * What {@link TextPipeline} found in one document: its language, the units of its cleaned body
 * (paragraphs, headlines, list items, captions), their sentences, and the furniture it removed.
 *
 * <p>Every span points into {@link Document#text()}, the original text; paragraphs, sentences and
 * removals are each in text order and do not overlap one another. Immutable and safe for
 * concurrent use.
 */
public final class TextAnalysis {
    private final Document document;
    private final String language;
    private final List<Paragraph> paragraphs;
    private final List<Sentence> sentences;
    private final List<Removal> removed;

    TextAnalysis(
            Document document,
            String language,
            List<Paragraph> paragraphs,
            List<Sentence> sentences,
            List<Removal> removed) {
        this.document = Objects.requireNonNull(document, "document");
        this.language = Objects.requireNonNull(language, "language");
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = List.copyOf(sentences);
        this.removed = List.copyOf(removed);
    }

    public Document document() {
        return document;
    }

    /** The document's main language: a BCP 47 tag, or {@code "und"}. */
    public String language() {
        return language;
    }

    /** The units of the cleaned body, in text order. */
    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The sentences of the cleaned body, in text order; none crosses a paragraph boundary. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The sentences of one paragraph of this analysis. */
    public List<Sentence> sentencesOf(Paragraph paragraph) {
        return sentences.stream()
                .filter(s -> paragraph.span().contains(s.span()))
                .toList();
    }

    /** What cleaning removed, with reasons, in text order (bylines, stamps and source lines included). */
    public List<Removal> removed() {
        return removed;
    }

    /** The removals with the given reason ({@code "byline"}, {@code "timestamp"}, …), in text order. */
    public List<Removal> removed(String reason) {
        return removed.stream().filter(r -> r.reason().equals(reason)).toList();
    }

    @Override
    public String toString() {
        return "TextAnalysis[" + document.source() + ", " + language + ", " + paragraphs.size() + " paragraphs, "
                + sentences.size() + " sentences, " + removed.size() + " removed]";
    }
}
