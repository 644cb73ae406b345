package dev.parallax.text;

import java.util.Objects;

/**
 * One unit of a document's cleaned body: a body paragraph, a headline, a list item or a photo
 * caption. Paragraph and line breaks are hard boundaries, so a headline is never merged with the
 * paragraph after it.
 *
 * <p>In {@code "Talks end\nThe talks ended on Friday."} the first line is {@code
 * Paragraph[span=[0, 9), kind=HEADLINE, lang=en]} and the second a {@code BODY} paragraph.
 *
 * @param span UTF-16 range into the document's original text, without surrounding white space
 * @param kind what sort of unit it is
 * @param lang BCP 47 language tag or {@code "und"}
 */
public record Paragraph(Span span, Kind kind, String lang) {

    /** What sort of unit a paragraph is. */
    public enum Kind {
        /** Running text. */
        BODY,
        /** A title or section heading: a short line without final sentence punctuation. */
        HEADLINE,
        /** One item of a bulleted or dash-structured list ({@code "Talks ended – both sides…"}). */
        LIST_ITEM,
        /**
         * A photo caption: a line the page printed twice in a row (alt text and caption). The first
         * copy is kept as this kind; the repetition is a {@link Removal} ({@code
         * "duplicate-caption"}).
         */
        CAPTION
    }

    public Paragraph {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lang, "lang");
    }
}
