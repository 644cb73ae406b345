package dev.parallax.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's original text.
 *
 * <p>{@code new Span(3, 7)} over {@code "The Kyiv talks"} covers {@code "Kyiv"}. Spans are values:
 * equal when their bounds are equal. The CLI converts them to code points when it prints them
 * (see {@link Document#codePointIndex(int)}); the Java API always speaks UTF-16, like {@link String}.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end last index, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "span bounds must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True when {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True when the two spans share at least one index. */
    public boolean overlaps(Span other) {
        // An empty span holds no index, so it overlaps nothing, even strictly inside another.
        return start < other.end && other.start < end && !isEmpty() && !other.isEmpty();
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The covered characters of {@code text}, which must be the text the span points into. */
    public String in(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " lies outside a text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
