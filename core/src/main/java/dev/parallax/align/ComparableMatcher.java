package dev.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links the sentences of two different reports of one event: reordered, partial, many sentences
 * without a counterpart.
 *
 * <p>{@code ComparableMatcher.defaults().match(List.of("Zelensky met Macron in Paris on Monday.",
 * "Rain is expected."), List.of("It was sunny.", "On Monday Zelenskyy and Macron met in Paris."))}
 * gives the one link {@code [0]:[1]}.
 *
 * <p>Each sentence is a TF-IDF vector over language-independent keys: content-word stems and names
 * through script-independent keys ({@link TokenKeys}, so {@code Зеленський} meets {@code
 * Zelensky}), numbers and dates in any notation, lexicon entries when a {@link Lexicon} is given.
 * Candidates come from an inverted index over those keys (very common keys are left out of the
 * index), never from all pairs, so the cost grows with the number of sentences times the number of
 * candidates. A link needs the two sentences to be each other's best candidate (mutual best) and a
 * cosine of at least the threshold (0.2 by default; lowered for sentences of very different length, see lengthFit); below it a sentence has no counterpart. A
 * second round of mutual best among the sentences still unlinked lets a sentence whose best
 * candidate was taken by a near-duplicate (a headline repeated as the first sentence) find its own.
 * A sentence left over whose best candidate is already linked joins that link when adding it raises
 * the cosine of the merged side: one sentence rendered as two.
 *
 * <p>Immutable and safe for concurrent use.
 */
public final class ComparableMatcher {
    static final double[] KIND_WEIGHT = {1.5, 1.0, 0.3, 1.0, 1.0};

    private final Lexicon lexicon;
    private final double threshold;
    private final TokenKeys.KeyFunction keyFunction;

    private ComparableMatcher(Lexicon lexicon, double threshold, TokenKeys.KeyFunction keyFunction) {
        this.lexicon = lexicon;
        this.threshold = threshold;
        this.keyFunction = keyFunction;
    }

    /** A matcher without lexicon, threshold 0.2. */
    public static ComparableMatcher defaults() {
        return new ComparableMatcher(Lexicon.empty(), 0.2, TokenKeys.DEFAULT);
    }

    /** A copy that also uses the given lexicon. */
    public ComparableMatcher withLexicon(Lexicon lexicon) {
        return new ComparableMatcher(Objects.requireNonNull(lexicon, "lexicon"), threshold, keyFunction);
    }

    /**
     * A copy with another "no counterpart" threshold on the cosine.
     *
     * @throws IllegalArgumentException unless {@code 0 <= threshold <= 1}
     */
    public ComparableMatcher withThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in 0..1, got " + threshold);
        }
        return new ComparableMatcher(lexicon, threshold, keyFunction);
    }

    double threshold() {
        return threshold;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    TokenKeys.KeyFunction keyFunction() {
        return keyFunction;
    }

    /**
     * The links between {@code a} and {@code b}, as beads {@code [i]:[j]} (or {@code [i, i2]:[j]},
     * {@code [i]:[j, j2]} for a merge), score = cosine; ordered by A index.
     */
    public List<Bead> match(List<String> a, List<String> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        Features space = new Features(keyFunction, lexicon);
        Features.Sent[] fa = space.extract(a);
        Features.Sent[] fb = space.extract(b);
        Vectors vecs = new Vectors(space, List.of(fa, fb));
        Vector[] va = vecs.side(0);
        Vector[] vb = vecs.side(1);
        Index ib = new Index(vb, space.size(), vecs.cap);
        Index ia = new Index(va, space.size(), vecs.cap);
        int[] bestA = new int[a.size()];
        double[] bestAs = new double[a.size()];
        for (int i = 0; i < va.length; i++) {
            int[] r = ib.best(va[i], vb);
            bestA[i] = r[0];
            bestAs[i] = r[0] < 0 ? 0 : va[i].cos(vb[r[0]]);
        }
        int[] bestB = new int[b.size()];
        for (int j = 0; j < vb.length; j++) {
            bestB[j] = ia.best(vb[j], va)[0];
        }
        int[] linkA = new int[a.size()];
        int[] linkB = new int[b.size()];
        Arrays.fill(linkA, -1);
        Arrays.fill(linkB, -1);
        long lenA = 1;
        long lenB = 1;
        for (Features.Sent f : fa) {
            lenA += f.length;
        }
        for (Features.Sent f : fb) {
            lenB += f.length;
        }
        double ratio = (double) lenB / lenA;
        for (int i = 0; i < va.length; i++) {
            int j = bestA[i];
            if (j >= 0 && bestB[j] == i && bestAs[i] * lengthFit(fa[i].length, fb[j].length, ratio) >= threshold) {
                linkA[i] = j;
                linkB[j] = i;
            }
        }
        linkLeftovers(va, vb, fa, fb, ia, ib, linkA, linkB, ratio);
        Map<Integer, List<Integer>> extraA = new HashMap<>();
        Map<Integer, List<Integer>> extraB = new HashMap<>();
        for (int i = 0; i < va.length; i++) {
            int j = bestA[i];
            if (linkA[i] < 0 && j >= 0 && linkB[j] >= 0 && bestAs[i] >= threshold) {
                int other = linkB[j];
                if (va[other].plus(va[i]).cos(vb[j]) > va[other].cos(vb[j]) + 0.05) {
                    extraA.computeIfAbsent(j, x -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int j = 0; j < vb.length; j++) {
            int i = bestB[j];
            if (linkB[j] < 0 && i >= 0 && linkA[i] >= 0 && vb[j].cos(va[i]) >= threshold) {
                int other = linkA[i];
                if (vb[other].plus(vb[j]).cos(va[i]) > vb[other].cos(va[i]) + 0.05) {
                    extraB.computeIfAbsent(i, x -> new ArrayList<>()).add(j);
                }
            }
        }
        List<Bead> out = new ArrayList<>();
        for (int i = 0; i < va.length; i++) {
            int j = linkA[i];
            if (j < 0) {
                continue;
            }
            List<Integer> as = new ArrayList<>(List.of(i));
            as.addAll(extraA.getOrDefault(j, List.of()));
            List<Integer> bs = new ArrayList<>(List.of(j));
            bs.addAll(extraB.getOrDefault(i, List.of()));
            as.sort(null);
            bs.sort(null);
            Vector x = va[as.get(0)];
            for (int k = 1; k < as.size(); k++) {
                x = x.plus(va[as.get(k)]);
            }
            Vector y = vb[bs.get(0)];
            for (int k = 1; k < bs.size(); k++) {
                y = y.plus(vb[bs.get(k)]);
            }
            out.add(new Bead(as, bs, Math.min(1, Math.max(0, x.cos(y)))));
        }
        return List.copyOf(out);
    }

    /**
     * A second round of mutual best among the sentences left over: a sentence whose best partner
     * was taken by a near-duplicate (a headline repeated as the first sentence) still finds its own.
     */
    private void linkLeftovers(
            Vector[] va,
            Vector[] vb,
            Features.Sent[] fa,
            Features.Sent[] fb,
            Index ia,
            Index ib,
            int[] linkA,
            int[] linkB,
            double ratio) {
        boolean[] takenA = new boolean[va.length];
        boolean[] takenB = new boolean[vb.length];
        for (int i = 0; i < va.length; i++) {
            takenA[i] = linkA[i] >= 0;
        }
        for (int j = 0; j < vb.length; j++) {
            takenB[j] = linkB[j] >= 0;
        }
        int[] bestB2 = new int[vb.length];
        for (int j = 0; j < vb.length; j++) {
            bestB2[j] = takenB[j] ? -1 : ia.best(vb[j], va, takenA)[0];
        }
        for (int i = 0; i < va.length; i++) {
            if (takenA[i]) {
                continue;
            }
            int j = ib.best(va[i], vb, takenB)[0];
            if (j >= 0 && bestB2[j] == i) {
                double cos = va[i].cos(vb[j]);
                if (cos * lengthFit(fa[i].length, fb[j].length, ratio) >= threshold) {
                    linkA[i] = j;
                    linkB[j] = i;
                }
            }
        }
    }

    /**
     * Down-weights a link between sentences of very different length (after the texts' overall
     * length ratio): a short headline and a long paragraph that share a name are rarely the same
     * statement. 1 up to a ratio of 1.5, then 1.5 / ratio.
     */
    static double lengthFit(int la, int lb, double ratio) {
        double r = (lb + 10.0) / ((la + 10.0) * ratio);
        if (r < 1) {
            r = 1 / r;
        }
        return r <= 1.5 ? 1 : 1.5 / r;
    }

    /** TF-IDF vectors of the sentences of several texts over one key space. */
    static final class Vectors {
        final List<Vector[]> sides = new ArrayList<>();
        final int cap;

        Vectors(Features space, List<Features.Sent[]> texts) {
            int keys = space.size();
            int[] df = new int[keys];
            int total = 0;
            for (Features.Sent[] t : texts) {
                for (Features.Sent s : t) {
                    for (int k : s.keys) {
                        df[k]++;
                    }
                    total++;
                }
            }
            double[] w = new double[keys];
            for (int k = 0; k < keys; k++) {
                w[k] = df[k] == 0 ? 0 : KIND_WEIGHT[space.kind(k)] * Math.log(1 + (double) total / df[k]);
            }
            for (Features.Sent[] t : texts) {
                Vector[] v = new Vector[t.length];
                for (int i = 0; i < t.length; i++) {
                    double[] val = new double[t[i].keys.length];
                    for (int q = 0; q < val.length; q++) {
                        val[q] = w[t[i].keys[q]];
                    }
                    v[i] = new Vector(t[i].keys, val);
                }
                sides.add(v);
            }
            // Keys in more postings than this are left out of candidate search (not of scoring).
            cap = Math.max(50, (int) Math.sqrt(total) * 4);
        }

        Vector[] side(int k) {
            return sides.get(k);
        }
    }

    /** A sparse vector: sorted key ids and their weights. */
    static final class Vector {
        final int[] keys;
        final double[] val;
        final double norm;

        Vector(int[] keys, double[] val) {
            this.keys = keys;
            this.val = val;
            double s = 0;
            for (double v : val) {
                s += v * v;
            }
            norm = Math.sqrt(s);
        }

        double dot(Vector o) {
            double s = 0;
            int x = 0;
            int y = 0;
            while (x < keys.length && y < o.keys.length) {
                if (keys[x] < o.keys[y]) {
                    x++;
                } else if (keys[x] > o.keys[y]) {
                    y++;
                } else {
                    s += val[x++] * o.val[y++];
                }
            }
            return s;
        }

        double cos(Vector o) {
            return norm == 0 || o.norm == 0 ? 0 : dot(o) / (norm * o.norm);
        }

        /** The sum of two vectors (the keys of two merged sentences). */
        Vector plus(Vector o) {
            int[] k = new int[keys.length + o.keys.length];
            double[] v = new double[k.length];
            int x = 0;
            int y = 0;
            int n = 0;
            while (x < keys.length || y < o.keys.length) {
                if (y >= o.keys.length || (x < keys.length && keys[x] < o.keys[y])) {
                    k[n] = keys[x];
                    v[n++] = val[x++];
                } else if (x >= keys.length || o.keys[y] < keys[x]) {
                    k[n] = o.keys[y];
                    v[n++] = o.val[y++];
                } else {
                    k[n] = keys[x];
                    v[n++] = Math.max(val[x++], o.val[y++]);
                }
            }
            return new Vector(Arrays.copyOf(k, n), Arrays.copyOf(v, n));
        }
    }

    /** Inverted index over one side's vectors. */
    static final class Index {
        final int[][] postings;
        final double[] acc;
        final int[] touched;
        final boolean[] mark;

        Index(Vector[] side, int keys, int cap) {
            int[] df = new int[keys];
            for (Vector v : side) {
                for (int k : v.keys) {
                    df[k]++;
                }
            }
            postings = new int[keys][];
            int[] fill = new int[keys];
            for (int k = 0; k < keys; k++) {
                postings[k] = df[k] > 0 && df[k] <= cap ? new int[df[k]] : null;
            }
            for (int s = 0; s < side.length; s++) {
                for (int k : side[s].keys) {
                    if (postings[k] != null) {
                        postings[k][fill[k]++] = s;
                    }
                }
            }
            acc = new double[side.length];
            touched = new int[side.length];
            mark = new boolean[side.length];
        }

        /** {best index or -1, number of candidates}: the candidate with the highest cosine. */
        int[] best(Vector q, Vector[] side) {
            return best(q, side, null);
        }

        /** As {@link #best(Vector, Vector[])}, leaving out the candidates marked in {@code skip} (may be null). */
        int[] best(Vector q, Vector[] side, boolean[] skip) {
            int nt = 0;
            for (int x = 0; x < q.keys.length; x++) {
                int k = q.keys[x];
                if (k >= postings.length || postings[k] == null) {
                    continue;
                }
                for (int s : postings[k]) {
                    if (!mark[s]) {
                        mark[s] = true;
                        touched[nt++] = s;
                    }
                    acc[s] += q.val[x] * side[s].val[Arrays.binarySearch(side[s].keys, k)];
                }
            }
            int best = -1;
            double bestScore = 0;
            for (int t = 0; t < nt; t++) {
                int s = touched[t];
                double c = side[s].norm == 0 || q.norm == 0 ? 0 : acc[s] / (q.norm * side[s].norm);
                if (skip != null && skip[s]) {
                    c = 0;
                }
                if (c > bestScore || (c == bestScore && best >= 0 && s < best)) {
                    bestScore = c;
                    best = s;
                }
                acc[s] = 0;
                mark[s] = false;
            }
            // The index leaves out very common keys; the winner is rescored exactly by the caller.
            return new int[] {best, nt};
        }
    }
}
