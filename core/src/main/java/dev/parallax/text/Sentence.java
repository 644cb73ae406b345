package dev.parallax.text;

import java.util.Objects;

/**
 * One sentence of a document's cleaned body.
 *
 * <p>For {@code "Medinsky spoke. Talks will go on."} the second sentence is {@code
 * Sentence[span=[16, 33), text=Talks will go on., lang=en]}: {@code text} is exactly {@code
 * span.in(document.text())}, without surrounding white space; a closing quote that ends the
 * sentence ({@code .”}, {@code ?»}) belongs to it.
 *
 * @param span UTF-16 range into the document's original text
 * @param text the covered characters, exactly as in the original text
 * @param lang BCP 47 language tag ({@code "en"}, {@code "ru"}, {@code "uk"}) or {@code "und"}
 */
public record Sentence(Span span, String text, String lang) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text of length " + text.length() + " does not fit span " + span);
        }
    }
}
