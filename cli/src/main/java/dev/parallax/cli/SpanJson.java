package dev.parallax.cli;

import dev.parallax.internal.Json;
import dev.parallax.text.Document;
import dev.parallax.text.Span;

/**
 * The head that every JSON-lines object about a piece of a document shares in the contract:
 * {@code {"doc", "start", "end", "text", …}} with code-point offsets into the original text.
 */
final class SpanJson {
    private SpanJson() {}

    /** Opens an object and writes {@code doc}, {@code start}, {@code end} and {@code text}; the caller adds the rest. */
    static Json begin(Json json, Document doc, Span span, String text) {
        return json.beginObject()
                .name("doc")
                .value(doc.source())
                .name("start")
                .value(doc.codePointIndex(span.start()))
                .name("end")
                .value(doc.codePointIndex(span.end()))
                .name("text")
                .value(text);
    }
}
