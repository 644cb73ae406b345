package dev.parallax.text;

import java.util.Objects;

/**
 * A piece of a scraped page that cleaning took out of the article body, with the reason.
 *
 * <p>{@code "By Aghakazim Guliyev"} at the end of an article becomes {@code Removal[span=[…],
 * reason=byline]}. Metadata lives here: the report reads bylines, source lines, datelines and
 * time stamps from the removals, by span, rather than from the body.
 *
 * <p>Reasons are short stable words: {@code navigation}, {@code widget}, {@code duplicate-caption},
 * {@code duplicate}, {@code timestamp}, {@code dateline}, {@code byline}, {@code source-line},
 * {@code machine-translation}.
 *
 * @param span UTF-16 range into the document's original text, without surrounding white space
 * @param reason why it was removed
 */
public record Removal(Span span, String reason) {
    public Removal {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
    }

    /** The removed characters of {@code doc}, which must be the document the span points into. */
    public String text(Document doc) {
        return doc.text(span);
    }
}
