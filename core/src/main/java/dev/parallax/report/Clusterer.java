package dev.parallax.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * Groups passages of different sources that say the same thing, through a blocking index, so that
 * the cost grows with the number of passages, not with the number of pairs.
 *
 * <p>Passages are taken in order. Each is compared only with the clusters found through its
 * {@value #PROBES} rarest features (those that occur at least twice), at most {@value #POSTINGS}
 * clusters per feature, and against at most {@value #REPRESENTATIVES} representatives per
 * cluster. It joins the best-scoring cluster at or above the threshold that holds no passage of
 * its own source yet (one passage per source and cluster, so a cluster reads as one row of a
 * side-by-side table), or starts a new cluster. The score is an IDF-weighted Dice coefficient of
 * the feature sets, or a caller's similarity. Immutable and safe for concurrent use.
 */
final class Clusterer {
    static final int PROBES = 8;
    static final int POSTINGS = 64;
    static final int REPRESENTATIVES = 4;

    /** A passage to cluster: its source, a key the caller can map back, and its features. */
    record Unit(int source, int key, Set<String> features) {}

    private final double threshold;
    private final ToDoubleBiFunction<Integer, Integer> extraScore;

    private Clusterer(double threshold, ToDoubleBiFunction<Integer, Integer> extraScore) {
        this.threshold = threshold;
        this.extraScore = extraScore;
    }

    /** A clusterer joining passages whose weighted Dice coefficient is at least {@code threshold}. */
    static Clusterer withThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        return new Clusterer(threshold, null);
    }

    /**
     * A copy that scores a candidate pair as the maximum of the Dice coefficient and {@code score}
     * (for instance a cross-lingual sentence similarity); keys are {@link Unit#key()}.
     */
    Clusterer withSimilarity(ToDoubleBiFunction<Integer, Integer> score) {
        return new Clusterer(threshold, score);
    }

    /** Clusters of indices into {@code units}, each with at most one unit per source, in order of creation. */
    List<List<Integer>> cluster(List<Unit> units) {
        Map<String, Integer> df = new HashMap<>();
        for (Unit u : units) {
            for (String f : u.features()) {
                df.merge(f, 1, Integer::sum);
            }
        }
        int n = Math.max(1, units.size());
        Map<String, Double> weights = new HashMap<>(df.size() * 2);
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            double w = Math.log(1.0 + (double) n / e.getValue());
            char c = e.getKey().charAt(0);
            if (c == '@' || c == '#') {
                w *= 1.5;
            }
            weights.put(e.getKey(), w);
        }
        List<List<Integer>> clusters = new ArrayList<>();
        List<Set<Integer>> sourcesOf = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        double[] norms = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            double s = 0;
            for (String f : units.get(i).features()) {
                s += weights.get(f);
            }
            norms[i] = s;
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String[] probes = u.features().stream()
                    .filter(f -> df.get(f) > 1)
                    .sorted(Comparator.comparingInt((String f) -> df.get(f)).thenComparing(f -> f))
                    .limit(PROBES)
                    .toArray(String[]::new);
            int best = -1;
            double bestScore = 0;
            int[] seen = new int[0];
            int seenCount = 0;
            for (String f : probes) {
                List<Integer> list = postings.get(f);
                if (list == null) {
                    continue;
                }
                for (int c : list) {
                    if (contains(seen, seenCount, c)) {
                        continue;
                    }
                    if (seenCount == seen.length) {
                        seen = Arrays.copyOf(seen, Math.max(8, seenCount * 2));
                    }
                    seen[seenCount++] = c;
                    if (sourcesOf.get(c).contains(u.source())) {
                        continue;
                    }
                    List<Integer> members = clusters.get(c);
                    for (int r = 0; r < Math.min(REPRESENTATIVES, members.size()); r++) {
                        int m = members.get(r);
                        double score = dice(u, units.get(m), weights, norms[i], norms[m]);
                        if (extraScore != null && score < threshold) {
                            score = Math.max(
                                    score,
                                    extraScore.applyAsDouble(
                                            u.key(), units.get(m).key()));
                        }
                        if (score > bestScore) {
                            bestScore = score;
                            best = c;
                        }
                    }
                }
            }
            if (best >= 0 && bestScore >= threshold) {
                clusters.get(best).add(i);
                sourcesOf.get(best).add(u.source());
                if (clusters.get(best).size() <= REPRESENTATIVES) {
                    index(postings, u, best);
                }
            } else {
                List<Integer> members = new ArrayList<>();
                members.add(i);
                clusters.add(members);
                sourcesOf.add(new java.util.HashSet<>(Set.of(u.source())));
                index(postings, u, clusters.size() - 1);
            }
        }
        return clusters;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int k = 0; k < n; k++) {
            if (a[k] == v) {
                return true;
            }
        }
        return false;
    }

    private static void index(Map<String, List<Integer>> postings, Unit u, int cluster) {
        for (String f : u.features()) {
            List<Integer> list = postings.computeIfAbsent(f, k -> new ArrayList<>(2));
            if (list.size() < POSTINGS && (list.isEmpty() || list.get(list.size() - 1) != cluster)) {
                list.add(cluster);
            }
        }
    }

    private static double dice(Unit a, Unit b, Map<String, Double> w, double na, double nb) {
        Set<String> small = a.features().size() <= b.features().size() ? a.features() : b.features();
        Set<String> large = small == a.features() ? b.features() : a.features();
        double common = 0;
        for (String f : small) {
            if (large.contains(f)) {
                common += w.get(f);
            }
        }
        return na + nb == 0 ? 0 : 2 * common / (na + nb);
    }
}
