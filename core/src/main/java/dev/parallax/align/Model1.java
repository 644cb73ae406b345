package dev.parallax.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IBM Model 1 word translation probabilities in both directions, learned by EM from sentence pairs
 * of one document, and the word pairs both directions agree on.
 *
 * <p>Sparse: only word pairs that co-occur in some training pair get a parameter, each pair keeps
 * the parameter indices of its word pairs, so an EM iteration is a few array passes. Built and used
 * inside one aligner call; not shared.
 */
final class Model1 {
    private Model1() {}

    /** A learned correspondence between a word of A and a word of B. */
    record Pair(String a, String b) {}

    /**
     * Learns from {@code pairs} (each a pair of word arrays) and returns the pairs with {@code t(b|a)}
     * and {@code t(a|b)} both at least {@code minProb} that co-occur in at least {@code minCount}
     * training pairs.
     */
    static List<Pair> learn(List<String[][]> pairs, int iterations, double minProb, int minCount) {
        Map<String, Integer> va = new HashMap<>();
        Map<String, Integer> vb = new HashMap<>();
        List<int[]> as = new ArrayList<>();
        List<int[]> bs = new ArrayList<>();
        for (String[][] p : pairs) {
            as.add(ids(p[0], va));
            bs.add(ids(p[1], vb));
        }
        int nb = vb.size();
        // Parameter index per co-occurring (a, b); a = na stands for NULL.
        LongIntMap param = new LongIntMap(1 << 14);
        List<int[]> cell = new ArrayList<>(pairs.size());
        int[] coCount = new int[1024];
        int[] stamp = new int[1024];
        int nParams = 0;
        for (int s = 0; s < as.size(); s++) {
            int[] a = as.get(s);
            int[] b = bs.get(s);
            int[] c = new int[(a.length + 1) * b.length];
            for (int j = 0; j < b.length; j++) {
                for (int i = 0; i <= a.length; i++) {
                    long key = (long) (i < a.length ? a[i] : va.size()) * (nb + 1) + b[j];
                    int idx = param.get(key);
                    if (idx < 0) {
                        idx = nParams++;
                        param.put(key, idx);
                        if (idx >= coCount.length) {
                            coCount = java.util.Arrays.copyOf(coCount, coCount.length * 2);
                        }
                    }
                    c[j * (a.length + 1) + i] = idx;
                }
            }
            cell.add(c);
            for (int x : c) {
                if (x >= stamp.length) {
                    stamp = java.util.Arrays.copyOf(stamp, Math.max(stamp.length * 2, x + 1));
                }
                if (stamp[x] != s + 1) {
                    stamp[x] = s + 1;
                    coCount[x]++;
                }
            }
        }
        int[] paramA = new int[nParams];
        int[] paramB = new int[nParams];
        for (int slot = 0; slot < param.keys.length; slot++) {
            int v = param.values[slot];
            if (v >= 0) {
                long key = param.keys[slot];
                paramA[v] = (int) (key / (nb + 1));
                paramB[v] = (int) (key % (nb + 1));
            }
        }
        double[] tba = em(as, bs, cell, paramA, nParams, va.size() + 1, iterations, true);
        double[] tab = em(as, bs, cell, paramB, nParams, nb + 1, iterations, false);
        String[] wa = new String[va.size()];
        va.forEach((w, i) -> wa[i] = w);
        String[] wb = new String[nb];
        vb.forEach((w, i) -> wb[i] = w);
        List<Pair> out = new ArrayList<>();
        for (int p = 0; p < nParams; p++) {
            if (paramA[p] < wa.length && coCount[p] >= minCount && tba[p] >= minProb && tab[p] >= minProb) {
                out.add(new Pair(wa[paramA[p]], wb[paramB[p]]));
            }
        }
        return out;
    }

    /**
     * EM for t(b|a) when {@code forward}, else t(a|b) (NULL only on the conditioning side of the
     * forward model; the backward model has none, which is a fine approximation for finding pairs).
     */
    private static double[] em(
            List<int[]> as,
            List<int[]> bs,
            List<int[]> cell,
            int[] cond,
            int nParams,
            int nCond,
            int iterations,
            boolean forward) {
        double[] t = new double[nParams];
        java.util.Arrays.fill(t, 1.0);
        double[] count = new double[nParams];
        double[] total = new double[nCond];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(count, 0);
            java.util.Arrays.fill(total, 0);
            for (int s = 0; s < as.size(); s++) {
                int la = as.get(s).length;
                int lb = bs.get(s).length;
                int[] c = cell.get(s);
                int w = la + 1;
                if (forward) {
                    for (int j = 0; j < lb; j++) {
                        double z = 0;
                        for (int i = 0; i <= la; i++) {
                            z += t[c[j * w + i]];
                        }
                        for (int i = 0; i <= la; i++) {
                            int p = c[j * w + i];
                            double d = t[p] / z;
                            count[p] += d;
                        }
                    }
                } else {
                    for (int i = 0; i < la; i++) {
                        double z = 0;
                        for (int j = 0; j < lb; j++) {
                            z += t[c[j * w + i]];
                        }
                        for (int j = 0; j < lb; j++) {
                            int p = c[j * w + i];
                            count[p] += t[p] / z;
                        }
                    }
                }
            }
            for (int p = 0; p < nParams; p++) {
                total[cond[p]] += count[p];
            }
            for (int p = 0; p < nParams; p++) {
                double tot = total[cond[p]];
                t[p] = tot > 0 ? count[p] / tot : 0;
            }
        }
        return t;
    }

    /** An open-addressing map from non-negative longs to non-negative ints; -1 = absent. */
    static final class LongIntMap {
        long[] keys;
        int[] values;
        private int size;

        LongIntMap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
            java.util.Arrays.fill(values, -1);
        }

        int get(long key) {
            int mask = keys.length - 1;
            int h = (int) (mix(key) & mask);
            while (values[h] >= 0) {
                if (keys[h] == key) {
                    return values[h];
                }
                h = (h + 1) & mask;
            }
            return -1;
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                long[] ok = keys;
                int[] ov = values;
                keys = new long[ok.length * 2];
                values = new int[ok.length * 2];
                java.util.Arrays.fill(values, -1);
                size = 0;
                for (int i = 0; i < ok.length; i++) {
                    if (ov[i] >= 0) {
                        put(ok[i], ov[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int h = (int) (mix(key) & mask);
            while (values[h] >= 0 && keys[h] != key) {
                h = (h + 1) & mask;
            }
            if (values[h] < 0) {
                size++;
            }
            keys[h] = key;
            values[h] = value;
        }

        private static long mix(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            return k;
        }
    }

    private static int[] ids(String[] words, Map<String, Integer> vocab) {
        int[] r = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            Integer id = vocab.get(words[i]);
            if (id == null) {
                id = vocab.size();
                vocab.put(words[i], id);
            }
            r[i] = id;
        }
        return r;
    }
}
