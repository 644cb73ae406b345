package dev.parallax.align;

import java.util.List;

/**
 * One bead of an alignment: sentences of side A that correspond to sentences of side B.
 *
 * <p>{@code new Bead(List.of(3), List.of(4, 5), 0.93)} says that sentence 3 of A is rendered by
 * sentences 4 and 5 of B (0-based indices); {@code [7]:[]} is a sentence of A without counterpart.
 * Written in the ladder format as {@code [3]:[4, 5]}.
 *
 * @param a indices into side A, ascending (empty for a sentence only in B)
 * @param b indices into side B, ascending (empty for a sentence only in A)
 * @param score confidence in 0..1 (a calibrated probability estimate, not a raw similarity)
 */
public record Bead(List<Integer> a, List<Integer> b, double score) {
    public Bead {
        a = List.copyOf(a);
        b = List.copyOf(b);
        if (a.isEmpty() && b.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one sentence");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must lie in 0..1, got " + score);
        }
    }

    /** The ladder form, {@code [i, ...]:[j, ...]}. */
    public String ladder() {
        return a.toString() + ":" + b.toString();
    }
}
