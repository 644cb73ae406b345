package dev.parallax.names;

import dev.parallax.text.Span;
import java.util.Objects;

/**
 * One name found in running text, linked to an entity or given a provisional id.
 *
 * <pre>
 * // in "Zelensky’s office said", the mention of Zelensky:
 * Mention[span=[0, 8), text=Zelensky, id=person:volodymyr-zelenskyy, name=Volodymyr Zelenskyy,
 *         type=PERSON, score=1.0, method=dictionary, provisional=false]
 * </pre>
 *
 * @param span UTF-16 indices into the ORIGINAL text; a possessive {@code ’s} is not part of it
 * @param text exactly the characters the span covers
 * @param id the entity id; for a name in no dictionary a provisional id starting with {@code ~}
 *     built from the folded name tokens in sorted order, so spelling variants in different documents
 *     share it ({@code Bogdan Bezpalko} and {@code Bohdan Bezpalko}); {@code null} when the mention
 *     is ambiguous between entities
 * @param name the canonical form (the entity's first dictionary line), or for a provisional id the
 *     fullest form seen in the document; {@code null} with a {@code null} id
 * @param type the entity type, or {@code null} when unknown
 * @param score confidence 0..1
 * @param method how it was found: {@code dictionary}, {@code inflection}, {@code coreference},
 *     {@code resolver:<method>}, {@code candidate}, {@code ambiguous}
 * @param provisional true when the id is provisional (not from any dictionary)
 */
public record Mention(
        Span span,
        String text,
        String id,
        String name,
        EntityType type,
        double score,
        String method,
        boolean provisional) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must lie in [0, 1], got " + score);
        }
    }

    /** True when the mention carries an id (dictionary or provisional). */
    public boolean linked() {
        return id != null;
    }
}
