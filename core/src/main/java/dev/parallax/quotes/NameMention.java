package dev.parallax.quotes;

import dev.parallax.text.Span;
import java.util.Objects;

/**
 * A name in running text as the quotes module sees it: where it is and which entity it denotes.
 *
 * @param span UTF-16 indices into the document
 * @param text the characters of the mention
 * @param id the entity id (dictionary or provisional {@code ~…}), or null when unknown
 * @param name the entity's canonical name, or null when unknown
 * @param person true when the mention is known or guessed to name a person
 */
public record NameMention(Span span, String text, String id, String name, boolean person) {
    public NameMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
