package dev.parallax.quotes;

import dev.parallax.text.Span;
import java.util.Objects;

/**
 * One direct quotation found in a document.
 *
 * <p>In {@code Medinsky said the exchange would come “in the coming days”.} the quote's {@code
 * text} is {@code in the coming days}, {@code partial} is true (a fragment inside the reporter's
 * sentence) and its speaker is {@code Medinsky}.
 *
 * @param span the quoted words without the marks, UTF-16 indices into the document
 * @param text the quoted words
 * @param speaker who said it, or null when no attribution was found
 * @param partial true for a fragment embedded in the reporter's own sentence
 * @param delimiter {@code "marks"} for words between quote marks, {@code "dash"} for dash-introduced
 *     speech
 * @param cue the speech cue that attributed it ({@code said}, {@code по словам}), or null
 */
public record Quote(Span span, String text, Speaker speaker, boolean partial, String delimiter, String cue) {
    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(delimiter, "delimiter");
    }

    /** The same quotation with another speaker. */
    public Quote withSpeaker(Speaker s) {
        return new Quote(span, text, s, partial, delimiter, cue);
    }
}
