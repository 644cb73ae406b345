package dev.parallax.quotes;

import dev.parallax.text.Span;
import java.util.Objects;

/**
 * Who a quotation is attributed to.
 *
 * <p>For {@code “We are ready,” he said.} after {@code Vladimir Medinsky arrived.} the speaker's
 * {@code span}/{@code text} are the local mention {@code he} next to the speech cue, while {@code
 * id}/{@code name} carry the entity it stands for ({@code ~medinsky-vladimir}, {@code Vladimir
 * Medinsky}).
 *
 * @param span the local mention, UTF-16 indices into the document
 * @param text the local mention's characters
 * @param id the linked entity id (a dictionary id, or a provisional {@code ~…} id), or null
 * @param name the entity's canonical name, or null when unresolved
 */
public record Speaker(Span span, String text, String id, String name) {
    public Speaker {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
