package dev.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups the sentences of N documents about one event into facts: sentences of different documents
 * that say the same thing, in any language the keys can bridge.
 *
 * <p>Given three reports, {@code ["Zelensky met Macron in Paris.", "It rained."]}, {@code
 * ["Макрон і Зеленський зустрілися в Парижі."]} and {@code ["Weather: rain.", "Zelensky and Macron
 * met in Paris on Monday."]}, {@code FactClusterer.defaults().cluster(docs)} gives one cluster of
 * (0, 0), (1, 0) and (2, 1).
 *
 * <p>Sentences are TF-IDF vectors over the keys of {@link ComparableMatcher}, the IDF taken over all
 * documents. One inverted index over all sentences gives each sentence its candidates in the other
 * documents (keys in very many sentences stay out of the index), so the cost grows with the number of
 * sentences times the candidates per sentence, not with the number of document pairs times their
 * sentences. Two sentences are linked when each is the other's best candidate within the other's
 * document and their cosine reaches the threshold; clusters are the connected components of the
 * links, so a fact told by five outlets comes out as one cluster even when some pairs of them did
 * not link directly. Sentences of the same document never link directly.
 *
 * <p>Immutable and safe for concurrent use.
 */
public final class FactClusterer {
    private final ComparableMatcher matcher;

    private FactClusterer(ComparableMatcher matcher) {
        this.matcher = matcher;
    }

    /** A clusterer with the default matcher (no lexicon, threshold 0.2). */
    public static FactClusterer defaults() {
        return new FactClusterer(ComparableMatcher.defaults());
    }

    /** A clusterer using the lexicon and threshold of the given matcher. */
    public static FactClusterer of(ComparableMatcher matcher) {
        return new FactClusterer(Objects.requireNonNull(matcher, "matcher"));
    }

    /**
     * Clusters the sentences of the documents (each a list of sentences). Clusters come largest
     * first, then by their first member.
     */
    public List<FactCluster> cluster(List<List<String>> documents) {
        Objects.requireNonNull(documents, "documents");
        Features space = new Features(matcher.keyFunction(), matcher.lexicon());
        List<Features.Sent[]> feats = new ArrayList<>();
        for (List<String> d : documents) {
            feats.add(space.extract(Objects.requireNonNull(d, "document")));
        }
        ComparableMatcher.Vectors vecs = new ComparableMatcher.Vectors(space, feats);
        int total = 0;
        int[] start = new int[documents.size() + 1];
        for (int d = 0; d < documents.size(); d++) {
            start[d] = total;
            total += documents.get(d).size();
        }
        start[documents.size()] = total;
        ComparableMatcher.Vector[] all = new ComparableMatcher.Vector[total];
        int[] docOf = new int[total];
        for (int d = 0; d < documents.size(); d++) {
            ComparableMatcher.Vector[] v = vecs.side(d);
            for (int s = 0; s < v.length; s++) {
                all[start[d] + s] = v[s];
                docOf[start[d] + s] = d;
            }
        }
        // Postings over all sentences; best candidate per (sentence, other document).
        int keys = space.size();
        ComparableMatcher.Index index = new ComparableMatcher.Index(all, keys, vecs.cap);
        List<Map<Integer, int[]>> best = new ArrayList<>(total);
        double[] acc = new double[total];
        boolean[] mark = new boolean[total];
        int[] touched = new int[total];
        for (int s = 0; s < total; s++) {
            ComparableMatcher.Vector q = all[s];
            int nt = 0;
            for (int x = 0; x < q.keys.length; x++) {
                int[] post = q.keys[x] < index.postings.length ? index.postings[q.keys[x]] : null;
                if (post == null) {
                    continue;
                }
                for (int t : post) {
                    if (docOf[t] == docOf[s]) {
                        continue;
                    }
                    if (!mark[t]) {
                        mark[t] = true;
                        touched[nt++] = t;
                    }
                    acc[t] += q.val[x] * all[t].val[Arrays.binarySearch(all[t].keys, q.keys[x])];
                }
            }
            Map<Integer, int[]> perDoc = new HashMap<>();
            Map<Integer, Double> perDocScore = new HashMap<>();
            for (int k = 0; k < nt; k++) {
                int t = touched[k];
                double c = q.norm == 0 || all[t].norm == 0 ? 0 : acc[t] / (q.norm * all[t].norm);
                Double prev = perDocScore.get(docOf[t]);
                if (prev == null || c > prev || (c == prev && t < perDoc.get(docOf[t])[0])) {
                    perDocScore.put(docOf[t], c);
                    perDoc.put(docOf[t], new int[] {t, (int) Math.round(c * 1e6)});
                }
                acc[t] = 0;
                mark[t] = false;
            }
            best.add(perDoc);
        }
        int[] parent = new int[total];
        for (int s = 0; s < total; s++) {
            parent[s] = s;
        }
        double[] linkSum = new double[total];
        int[] linkCount = new int[total];
        List<double[]> links = new ArrayList<>();
        for (int s = 0; s < total; s++) {
            for (Map.Entry<Integer, int[]> e : best.get(s).entrySet()) {
                int t = e.getValue()[0];
                double c = e.getValue()[1] / 1e6;
                int[] back = best.get(t).get(docOf[s]);
                if (s < t && back != null && back[0] == s && c >= matcher.threshold()) {
                    links.add(new double[] {s, t, c});
                    int rs = find(parent, s);
                    int rt = find(parent, t);
                    if (rs != rt) {
                        parent[rs] = rt;
                    }
                }
            }
        }
        for (double[] l : links) {
            int r = find(parent, (int) l[0]);
            linkSum[r] += l[2];
            linkCount[r]++;
        }
        Map<Integer, List<FactCluster.Member>> groups = new HashMap<>();
        for (int s = 0; s < total; s++) {
            int r = find(parent, s);
            groups.computeIfAbsent(r, x -> new ArrayList<>())
                    .add(new FactCluster.Member(docOf[s], s - start[docOf[s]]));
        }
        List<FactCluster> out = new ArrayList<>();
        for (Map.Entry<Integer, List<FactCluster.Member>> g : groups.entrySet()) {
            if (g.getValue().size() >= 2) {
                int r = g.getKey();
                out.add(new FactCluster(g.getValue(), linkCount[r] == 0 ? 0 : linkSum[r] / linkCount[r]));
            }
        }
        out.sort(Comparator.comparingInt((FactCluster c) -> -c.members().size())
                .thenComparingInt(c -> c.members().get(0).document())
                .thenComparingInt(c -> c.members().get(0).sentence()));
        return List.copyOf(out);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
