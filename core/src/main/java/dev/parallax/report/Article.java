package dev.parallax.report;

import dev.parallax.text.Document;
import dev.parallax.text.Span;
import java.util.List;

/**
 * One article as the report sees it after the upstream stages: kept sentences, removals, name
 * mentions and quotations, all with spans into the original text.
 */
record Article(
        int index,
        Document document,
        String language,
        List<Sentence> sentences,
        List<Removal> removed,
        List<NameMention> mentions,
        List<QuoteMention> quotes) {

    Article {
        sentences = List.copyOf(sentences);
        removed = List.copyOf(removed);
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
    }

    /** A kept sentence of the body, with its language (BCP 47 or {@code und}). */
    record Sentence(Span span, String text, String lang) {}

    /** A span cleaning dropped, with a short stable reason. */
    record Removal(Span span, String reason) {}

    /**
     * A name in the text linked to an entity id (a dictionary id, or a provisional {@code ~key}).
     */
    record NameMention(Span span, String text, String id, String name, String type, boolean provisional) {}

    /**
     * A quotation: the quoted words, their span, the speaker's entity id when known, the quotes
     * module's value (for cross-outlet alignment) and whether it is a fragment inside the
     * reporter's sentence.
     */
    record QuoteMention(
            Span span,
            String text,
            String speakerId,
            String speakerName,
            dev.parallax.quotes.Quote quote,
            boolean partial) {}

    Item item(Span span) {
        return new Item(index, span, document);
    }

    /** Builds a report item for a span of this article. */
    record Item(int source, Span span, Document doc) {
        Report.Item toReport() {
            return new Report.Item(
                    source,
                    span,
                    new Span(doc.codePointIndex(span.start()), doc.codePointIndex(span.end())),
                    doc.text(span));
        }
    }
}
