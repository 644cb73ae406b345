package dev.parallax.internal;

import java.util.Locale;

/**
 * A small streaming JSON writer for the line-oriented outputs (JSON Lines) and the report.
 *
 * <pre>{@code
 * Json j = new Json();
 * j.beginObject().name("text").value("Київ").name("start").value(3).endObject();
 * j.toString();   // {"text":"Київ","start":3}
 * }</pre>
 *
 * <p>Writes compact JSON; commas are inserted automatically. Not thread-safe (one per output).
 * Strings are escaped per RFC 8259; non-ASCII is written as is (the output is UTF-8), except
 * U+2028 and U+2029, which are escaped so that the output is also valid JavaScript.
 */
public final class Json {
    private final StringBuilder sb;
    /** One flag per open container: true when the next value is its first. */
    private boolean[] first = new boolean[16];

    private int depth;
    private boolean afterName;

    public Json() {
        this(new StringBuilder());
    }

    public Json(StringBuilder sb) {
        this.sb = sb;
    }

    public Json beginObject() {
        beforeValue();
        sb.append('{');
        push();
        return this;
    }

    public Json endObject() {
        pop();
        sb.append('}');
        return this;
    }

    public Json beginArray() {
        beforeValue();
        sb.append('[');
        push();
        return this;
    }

    public Json endArray() {
        pop();
        sb.append(']');
        return this;
    }

    public Json name(String name) {
        if (depth == 0) {
            throw new IllegalStateException("name outside an object");
        }
        if (!first[depth - 1]) {
            sb.append(',');
        }
        first[depth - 1] = false;
        quote(name);
        sb.append(':');
        afterName = true;
        return this;
    }

    public Json value(String s) {
        beforeValue();
        if (s == null) {
            sb.append("null");
        } else {
            quote(s);
        }
        return this;
    }

    public Json value(long n) {
        beforeValue();
        sb.append(n);
        return this;
    }

    /** Writes a finite number with at most 4 decimals (scores), or null for NaN and infinities. */
    public Json value(double d) {
        beforeValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            sb.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            sb.append((long) d);
        } else {
            String s = String.format(Locale.ROOT, "%.4f", d);
            int end = s.length();
            while (s.charAt(end - 1) == '0') {
                end--;
            }
            if (s.charAt(end - 1) == '.') {
                end--;
            }
            sb.append(s, 0, end);
        }
        return this;
    }

    public Json value(boolean b) {
        beforeValue();
        sb.append(b);
        return this;
    }

    public Json nullValue() {
        beforeValue();
        sb.append("null");
        return this;
    }

    /** Appends already-serialised JSON as one value. */
    public Json raw(String json) {
        beforeValue();
        sb.append(json);
        return this;
    }

    /** Clears the buffer so the writer can be reused for the next line. */
    public Json reset() {
        sb.setLength(0);
        depth = 0;
        afterName = false;
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** One JSON string literal. */
    public static String quoted(String s) {
        Json j = new Json();
        j.quote(s);
        return j.toString();
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (!first[depth - 1]) {
                sb.append(',');
            }
            first[depth - 1] = false;
        }
    }

    private void push() {
        if (depth == first.length) {
            first = java.util.Arrays.copyOf(first, depth * 2);
        }
        first[depth++] = true;
    }

    private void pop() {
        if (depth == 0) {
            throw new IllegalStateException("unbalanced end");
        }
        depth--;
    }

    private void quote(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || (Character.isSurrogate(c) && !validPair(s, i))) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
