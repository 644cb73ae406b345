package dev.parallax.align;

import java.util.List;

/**
 * Whether two texts are a translation of each other (parallel: order kept, nearly everything has a
 * counterpart) or different reports of one event (comparable: reordered, partial).
 *
 * <p>{@link #detect} matches the two texts with the {@link ComparableMatcher} and calls them
 * parallel when the links cover most sentences of the shorter side and follow the order of both
 * texts (their longest increasing run covers at least 80% of the links).
 */
public enum AlignMode {
    PARALLEL,
    COMPARABLE;

    /** Parses {@code parallel} or {@code comparable} (any case). */
    public static AlignMode parse(String name) {
        for (AlignMode m : values()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode must be parallel, comparable or auto, got '" + name + "'");
    }

    /** Guesses the mode of a pair of texts. */
    public static AlignMode detect(List<String> a, List<String> b, ComparableMatcher matcher) {
        if (a.isEmpty() || b.isEmpty()) {
            return PARALLEL;
        }
        List<Bead> links = matcher.match(a, b);
        int shorter = Math.min(a.size(), b.size());
        if (links.size() < 0.5 * shorter) {
            return COMPARABLE;
        }
        int[] seq = links.stream()
                .sorted((x, y) -> Integer.compare(x.a().get(0), y.a().get(0)))
                .mapToInt(x -> x.b().get(0))
                .toArray();
        // Longest increasing subsequence, patience sorting.
        int[] tails = new int[seq.length];
        int len = 0;
        for (int v : seq) {
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = v;
            if (lo == len) {
                len++;
            }
        }
        return len >= 0.8 * seq.length ? PARALLEL : COMPARABLE;
    }
}
