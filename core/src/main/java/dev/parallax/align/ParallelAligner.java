package dev.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aligns a text with its translation, sentence by sentence, keeping the order.
 *
 * <p>{@code ParallelAligner.defaults().align(List.of("Київ, 16.05.2025.", "Зеленський виступив."),
 * List.of("Kyiv, May 16, 2025. Zelensky spoke."))} gives one bead {@code [0, 1]:[0]}.
 *
 * <p>The method: a monotonic dynamic programme over beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3,
 * 3-2, 2-3, 4-1 and 1-4, scored as a log-likelihood ratio "these sentences are translations" against
 * "these sentences are unrelated", so that length and lexical evidence add up on one calibrated
 * scale:
 *
 * <ul>
 *   <li>length: a Gale-Church model whose ratio and variance are estimated from the document
 *       itself, against a log-normal model of unrelated lengths fitted to the same document;
 *   <li>anchors that need no dictionary: numbers and dates in any notation ({@link NumberKeys}),
 *       names, cognates and identical tokens through script-independent keys ({@link TokenKeys}),
 *       quotes and sentence punctuation; each anchor is weighted by how rare it is in the other
 *       text, and the probability that an anchor finds its partner is estimated per kind of anchor;
 *   <li>a bilingual {@link Lexicon}, when one is given;
 *   <li>a second pass: word translation pairs learned with IBM Model 1 from the confident beads of
 *       the first pass become anchors too, bead priors and length parameters are re-estimated, and
 *       the document is aligned again;
 *   <li>sentence counts: translators keep sentence boundaries, so a line that holds two sentences
 *       ("Пересдаст. Миллионам студентов это известно.") is the counterpart of two lines more
 *       likely than of one; whether a document joins sentences into lines or splits them in
 *       translation, one per line, is estimated from its own first pass;
 *   <li>line ends and starts: a question stays a question, a chat line without a full stop stays
 *       without one, a dialogue dash or a list number stays in front; which ends and starts a
 *       translator keeps or changes (a German colon into a French full stop) is estimated from the
 *       first pass too.
 * </ul>
 *
 * <p>The programme runs in a band around the length-proportional diagonal and widens it only when
 * the best path touches its edge, so time and memory grow about linearly with the document: a
 * 10,000-sentence book needs a few million cells, not a 10,000 x 10,000 matrix. Sentences without a
 * counterpart come out as {@code [i]:[]} or {@code []:[j]}, never forced into a neighbour.
 *
 * <p>Immutable and safe for concurrent use; each call keeps its state on its own stack.
 */
public final class ParallelAligner {
    static final int[] DA = {1, 1, 0, 2, 1, 2, 3, 1, 3, 2, 4, 1};
    static final int[] DB = {1, 0, 1, 1, 2, 2, 1, 3, 2, 3, 1, 4};
    static final int TYPES = DA.length;
    /** Most sentences of one side in a bead. */
    static final int K = 4;
    /**
     * Bead priors before estimation. Omissions get 3.5% per side: a short document gives the
     * re-estimation too few beads to move the prior, and at 2% a dropped sentence next to a
     * length-ambiguous neighbour was cheaper to glue into a 2-1 merge than to leave alone.
     */
    private static final double[] PRIOR0 = {
        0.86, 0.035, 0.035, 0.04, 0.04, 0.01, 0.005, 0.005, 0.002, 0.002, 0.001, 0.001
    };
    /**
     * Share of true beads whose lengths look unrelated (free renderings): the length evidence of a
     * bead is a mixture, so one free translation does not cost without bound.
     */
    static final double FREE = 0.05;

    /** Chance that both sides of a true bead end (or start) alike, before estimation. */
    static final double END0 = 0.95;

    /** Weight, in beads, of the sentence-count defaults against a document's own counts. */
    static final double SEG_STRENGTH = 10;

    /** Sentences beyond one per line that the "unrelated" model tells apart (more are pooled). */
    static final int SEG_SPAN = 6;
    /** Sum of the smoothing weights 1/(x+1) over the SEG_SPAN values. */
    static final double HARMONIC = 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0 + 1 / 5.0 + 1 / 6.0;

    static final int SEG_BINS = 5;
    /**
     * ln P(bin of the sentence counts, see {@link #segBin}) for 1-1 beads, beads with more lines on
     * one side, and 2-2 beads, before estimation. The middle class is wide open: lines that join
     * sentences the other side keeps apart (d = 0) and sentences split by the translator, one per
     * line (d = L), are both usual.
     */
    static final double[][] SEG0 = lnRows(
            new double[][] {{0.01, 0.03, 0.92, 0.03, 0.01}, {0.45, 0.45, 0.04, 0.05, 0.01}, {0.02, 0.1, 0.76, 0.1, 0.02}
            });

    static int segClass(int da, int db) {
        return da == 1 && db == 1 ? 0 : da == db ? 2 : 1;
    }

    /**
     * The bin of a bead's sentence counts: for 1-1 and 2-2 beads the difference d = sb - sa (-2 or
     * less, -1, 0, 1, 2 or more); for beads with L = db - da lines more on one side: d = 0 (the
     * lines join sentences the other side keeps apart), d = L (the translator split or joined
     * sentences, one per line), d between 0 and L, anything else.
     */
    static int segBin(int cls, int da, int db, int sa, int sb) {
        int d = sb - sa;
        if (cls != 1) {
            return Math.max(0, Math.min(SEG_BINS - 1, d + SEG_BINS / 2));
        }
        int l = db - da;
        if (d == 0) {
            return 0;
        }
        if (d == l) {
            return 1;
        }
        return Integer.signum(d) == Integer.signum(l) && Math.abs(d) < Math.abs(l) ? 2 : 3;
    }

    private static double[][] lnRows(double[][] p) {
        double[][] r = new double[p.length][];
        for (int c = 0; c < p.length; c++) {
            r[c] = new double[p[c].length];
            for (int x = 0; x < p[c].length; x++) {
                r[c][x] = Math.log(p[c][x]);
            }
        }
        return r;
    }

    /**
     * Chance that an anchor of one side finds its partner in a true counterpart, before estimation.
     * For the lexicon kinds ({@link Features#LEX_A}, {@link Features#LEX_B}) it is the chance that
     * the translation is there beyond what chance alone puts there, see {@link Job#weights}.
     */
    private static final double[] MATCH0 = {0.85, 0.45, 0.7, 0.45, 0.6, 0.3, 0.3};

    private static final int MAX_TRAIN = 3000;
    private static final boolean DEBUG = Boolean.getBoolean("parallax.align.debug");

    private final Lexicon lexicon;
    private final TokenKeys.KeyFunction keyFunction;
    private final boolean learn;

    private ParallelAligner(Lexicon lexicon, TokenKeys.KeyFunction keyFunction, boolean learn) {
        this.lexicon = lexicon;
        this.keyFunction = keyFunction;
        this.learn = learn;
    }

    /** The bead priors before estimation, in the order of {@link #DA} (a copy). */
    static double[] defaultPriors() {
        return PRIOR0.clone();
    }

    /** An aligner without a lexicon, with in-document lexicon learning. */
    public static ParallelAligner defaults() {
        return new ParallelAligner(Lexicon.empty(), TokenKeys.DEFAULT, true);
    }

    /** A copy that also uses the given lexicon. */
    public ParallelAligner withLexicon(Lexicon lexicon) {
        return new ParallelAligner(Objects.requireNonNull(lexicon, "lexicon"), keyFunction, learn);
    }

    /** A copy with or without the second, self-trained pass (for measuring what it brings). */
    public ParallelAligner withLearning(boolean learn) {
        return new ParallelAligner(lexicon, keyFunction, learn);
    }

    ParallelAligner withKeyFunction(TokenKeys.KeyFunction f) {
        return new ParallelAligner(lexicon, Objects.requireNonNull(f, "f"), learn);
    }

    /**
     * Aligns two sentence lists. The beads cover every sentence of both sides exactly once, in
     * order. Either side may be empty.
     */
    public List<Bead> align(List<String> a, List<String> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.isEmpty() || b.isEmpty()) {
            List<Bead> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.add(new Bead(List.of(i), List.of(), 1));
            }
            for (int j = 0; j < b.size(); j++) {
                out.add(new Bead(List.of(), List.of(j), 1));
            }
            return List.copyOf(out);
        }
        // The lexicon is not a key of single words here: it links the two sides' words per document.
        Features space = new Features(keyFunction, Lexicon.empty(), !lexicon.isEmpty());
        Features.Sent[] fa = space.extract(a);
        Features.Sent[] fb = space.extract(b);
        space.addLexiconPairs(lexicon, fa, fb);
        Job job = new Job(space, fa, fb);
        int[] path = job.run(PRIOR0.clone(), MATCH0.clone(), null);
        if (learn) {
            job.reestimate(path);
            job.learnLexicon(path);
            path = job.run(job.prior, job.match, path);
        }
        return job.beads(path);
    }

    /** The state of one alignment call. */
    static final class Job {
        final Features space;
        final Features.Sent[] fa;
        final Features.Sent[] fb;
        final int n;
        final int m;
        final long[] cumA;
        final long[] cumB;
        double c;
        double s2;
        final double[][] randA = new double[K + 1][2];
        final double[][] randB = new double[K + 1][2];
        double[] prior = PRIOR0.clone();
        double[] match = MATCH0.clone();
        double[] lnPrior = new double[TYPES];
        // Key weights per direction and number of sentences on the other side (1..K).
        double[][] wpAB;
        double[][] wmAB;
        double[][] wpBA;
        double[][] wmBA;
        double[][] baseA;
        double[][] baseB;
        double[][] boundA;
        double[][] boundB;
        int[] lo;
        int[] hi;
        int[] pLo;
        int[] pOff;
        float[] pairs;

        Job(Features space, Features.Sent[] fa, Features.Sent[] fb) {
            this.space = space;
            this.fa = fa;
            this.fb = fb;
            n = fa.length;
            m = fb.length;
            cumA = new long[n + 1];
            cumB = new long[m + 1];
            for (int i = 0; i < n; i++) {
                cumA[i + 1] = cumA[i] + fa[i].length;
            }
            for (int j = 0; j < m; j++) {
                cumB[j + 1] = cumB[j] + fb[j].length;
            }
            c = (cumB[m] + 1.0) / (cumA[n] + 1.0);
            s2 = 6.8 * c;
            fitRandom(fa, randA);
            fitRandom(fb, randB);
            segA = segmentCounts(fa);
            segB = segmentCounts(fb);
            lnSegRandA = segmentMarginals(segA);
            lnSegRandB = segmentMarginals(segB);
            endA = classMarginals(fa, Features.ENDS, true);
            endB = classMarginals(fb, Features.ENDS, true);
            startA = classMarginals(fa, Features.STARTS, false);
            startB = classMarginals(fb, Features.STARTS, false);
            estimateEnds(null);
            lnRandA = lnRandom(cumA, randA);
            lnRandB = lnRandom(cumB, randB);
        }

        final double[][] lnRandA;
        final double[][] lnRandB;
        /** Prefix sums of the sentences inside each line. */
        final int[] segA;

        final int[] segB;
        /** ln P(k consecutive lines hold s sentences) under "unrelated", per side: [k][s]. */
        final double[][] lnSegRandA;

        final double[][] lnSegRandB;
        /** Distribution of the sentence-count difference per bead class, see {@link #segmentTerm}. */
        double[][] segTrans = SEG0;
        /** Share of line ends per class ({@link Features#finalMark}) on each side. */
        final double[] endA;

        final double[] endB;
        /**
         * ln P(B line ends with class y | A line ends with x) / P(B line ends with y), [x][y], and the
         * same from B to A, [y][x]; see {@link #endTerm}. Before estimation: the same end with chance
         * {@link #END0}.
         */
        double[][] endAB;

        double[][] endBA;
        /** The same for line starts ({@link Features#startClass}), see {@link #startTerm}. */
        final double[] startA;

        final double[] startB;
        double[][] startAB;
        double[][] startBA;

        private static double[] classMarginals(Features.Sent[] f, int classes, boolean ends) {
            double[] p = new double[classes];
            for (Features.Sent s : f) {
                p[ends ? s.end : s.start]++;
            }
            for (int c = 0; c < p.length; c++) {
                p[c] = (p[c] + 0.5) / (f.length + 0.5 * classes);
            }
            return p;
        }

        /**
         * Line-end evidence of the bead ending at (i, j): translators mostly keep the final mark (a
         * question stays a question, a chat line without a full stop stays without one), and where
         * they change it they do so in their own way (a German colon becomes a French full stop); so
         * the chance of each pair of ends is estimated from the document's first pass, against the
         * ends of unrelated lines. Both directions, averaged.
         */
        double endTerm(int i, int j) {
            int ca = fa[i - 1].end;
            int cb = fb[j - 1].end;
            return 0.5 * (endAB[ca][cb] + endBA[cb][ca]);
        }

        /** Line-start evidence of the bead that starts at A line ia and B line jb, as {@link #endTerm}. */
        double startTerm(int ia, int jb) {
            int ca = fa[ia].start;
            int cb = fb[jb].start;
            return 0.5 * (startAB[ca][cb] + startBA[cb][ca]);
        }

        /**
         * ln P(y | x) / P(y) with P(y | x) from {@code counts[x][y]} smoothed towards "same end with
         * chance END0, otherwise as the marginal {@code py}".
         */
        private static double[][] endTable(double[][] counts, double[] py) {
            int c = py.length;
            double[][] out = new double[c][c];
            for (int x = 0; x < c; x++) {
                double tot = 0;
                for (int y = 0; y < c; y++) {
                    tot += counts[x][y];
                }
                for (int y = 0; y < c; y++) {
                    double p0 = x == y ? END0 : (1 - END0) * py[y] / (1 - py[x]);
                    double p = (counts[x][y] + SEG_STRENGTH * p0) / (tot + SEG_STRENGTH);
                    out[x][y] = Math.log(p / py[y]);
                }
            }
            return out;
        }

        /** Re-estimates {@link #endAB} and {@link #endBA} from the two-sided beads of a path (none: the defaults). */
        private void estimateEnds(int[] path) {
            double[][] ab = new double[Features.ENDS][Features.ENDS];
            double[][] ba = new double[Features.ENDS][Features.ENDS];
            double[][] sab = new double[Features.STARTS][Features.STARTS];
            double[][] sba = new double[Features.STARTS][Features.STARTS];
            for (int k = 0; path != null && k < path.length; k += 3) {
                int t = path[k + 2];
                if (DA[t] == 0 || DB[t] == 0) {
                    continue;
                }
                int x = fa[path[k] - 1].end;
                int y = fb[path[k + 1] - 1].end;
                ab[x][y]++;
                ba[y][x]++;
                int u = fa[path[k] - DA[t]].start;
                int v = fb[path[k + 1] - DB[t]].start;
                sab[u][v]++;
                sba[v][u]++;
            }
            endAB = endTable(ab, endB);
            endBA = endTable(ba, endA);
            startAB = endTable(sab, startB);
            startBA = endTable(sba, startA);
        }

        private static int[] segmentCounts(Features.Sent[] f) {
            int[] cum = new int[f.length + 1];
            for (int i = 0; i < f.length; i++) {
                cum[i + 1] = cum[i] + f[i].segments;
            }
            return cum;
        }

        /** Smoothed ln distribution of the sentence counts of k consecutive lines, k = 1..K, as [k][count - k]. */
        private static double[][] segmentMarginals(int[] cum) {
            int lines = cum.length - 1;
            double[][] out = new double[K + 1][];
            for (int k = 1; k <= K; k++) {
                double[] cnt = new double[SEG_SPAN];
                int total = 0;
                for (int e = k; e <= lines; e++) {
                    int x = Math.min(SEG_SPAN - 1, cum[e] - cum[e - k] - k);
                    cnt[x]++;
                    total++;
                }
                out[k] = new double[SEG_SPAN];
                for (int x = 0; x < SEG_SPAN; x++) {
                    // Half a count per value, spread so that one line of a short text is not certain.
                    out[k][x] = Math.log((cnt[x] + 0.5 / (x + 1)) / (total + 0.5 * HARMONIC));
                }
            }
            return out;
        }

        /**
         * Sentence-count evidence of the bead that ends at (i, j) with da and db lines: translators
         * keep sentence boundaries, so the sentences inside the lines of both sides should agree,
         * or differ by the difference in lines where the translator split or joined sentences. The
         * bin ({@link #segBin}) has a per-class distribution estimated from the document; against
         * "unrelated", where each side's count follows its own marginal.
         */
        double segmentTerm(int i, int j, int da, int db) {
            int sa = segA[i] - segA[i - da];
            int sb = segB[j] - segB[j - db];
            int cls = segClass(da, db);
            int bin = segBin(cls, da, db, sa, sb);
            double ra = lnSegRandA[da][Math.min(SEG_SPAN - 1, sa - da)];
            double rb = lnSegRandB[db][Math.min(SEG_SPAN - 1, sb - db)];
            return segTrans[cls][bin] - 0.5 * (ra + rb);
        }

        /** Log-normal fit of the lengths of k consecutive sentences, k = 1..K. */
        private static void fitRandom(Features.Sent[] f, double[][] out) {
            for (int k = 1; k <= K; k++) {
                double sum = 0;
                double sq = 0;
                int cnt = 0;
                for (int i = 0; i + k <= f.length; i++) {
                    long len = 0;
                    for (int d = 0; d < k; d++) {
                        len += f[i + d].length;
                    }
                    double x = Math.log(len + 1.0);
                    sum += x;
                    sq += x * x;
                    cnt++;
                }
                double mu;
                double var;
                if (cnt < 2 && k == 1) {
                    mu = Math.log(80.0);
                    var = 0.6;
                } else if (cnt < 2) {
                    // Too few windows: k sentences are about k times as long as one.
                    mu = out[1][0] + Math.log(k);
                    var = out[1][1] * out[1][1];
                } else {
                    mu = sum / cnt;
                    var = Math.max(sq / cnt - mu * mu, 0.05);
                    // Few sentences give too narrow a spread; widen towards a typical news spread.
                    var = (var * cnt + 0.5 * 4) / (cnt + 4);
                }
                out[k][0] = mu;
                out[k][1] = Math.sqrt(var);
            }
        }

        private void weights() {
            for (int t = 0; t < TYPES; t++) {
                lnPrior[t] = Math.log(prior[t]);
            }
            int keys = space.size();
            int[] dfA = new int[keys];
            int[] dfB = new int[keys];
            for (Features.Sent s : fa) {
                for (int k : s.keys) {
                    dfA[k]++;
                }
            }
            for (Features.Sent s : fb) {
                for (int k : s.keys) {
                    dfB[k]++;
                }
            }
            wpAB = new double[K + 1][keys];
            wmAB = new double[K + 1][keys];
            wpBA = new double[K + 1][keys];
            wmBA = new double[K + 1][keys];
            this.dfA = dfA;
            this.dfB = dfB;
            for (int k = 0; k < keys; k++) {
                int kind = space.kind(k);
                double pm = match[kind];
                if (kind == Features.LEX_A || kind == Features.LEX_B) {
                    lexiconWeights(k, kind == Features.LEX_A, pm, dfA, dfB);
                    continue;
                }
                // A word brings several lexicon keys (its translations) of which one at most is
                // used: a missing one is no evidence, only a found one is.
                boolean rewardOnly = kind == Features.LEXICON;
                for (int cnt = 1; cnt <= K; cnt++) {
                    if (dfB[k] > 0) {
                        double pr = clampP(1 - Math.pow(1 - (double) dfB[k] / m, cnt), m);
                        wpAB[cnt][k] = rewardOnly ? Math.max(0, Math.log(pm / pr)) : Math.log(pm / pr);
                        wmAB[cnt][k] = rewardOnly ? 0 : Math.log((1 - pm) / (1 - pr));
                    }
                    if (dfA[k] > 0) {
                        double pr = clampP(1 - Math.pow(1 - (double) dfA[k] / n, cnt), n);
                        wpBA[cnt][k] = rewardOnly ? Math.max(0, Math.log(pm / pr)) : Math.log(pm / pr);
                        wmBA[cnt][k] = rewardOnly ? 0 : Math.log((1 - pm) / (1 - pr));
                    }
                }
            }
            dupA = new int[K + 1][][];
            dupB = new int[K + 1][][];
            int[][][] sharedA = sharedKeys(fa);
            int[][][] sharedB = sharedKeys(fb);
            for (int k = 2; k <= K; k++) {
                dupA[k] = duplicates(sharedA, n, k);
                dupB[k] = duplicates(sharedB, m, k);
            }
            baseA = new double[n][K + 1];
            for (int i = 0; i < n; i++) {
                for (int cnt = 1; cnt <= K; cnt++) {
                    double s = 0;
                    for (int k : fa[i].keys) {
                        s += wmAB[cnt][k];
                    }
                    baseA[i][cnt] = s;
                }
            }
            boundA = bounds(fa, baseA, wpAB, wmAB);
            baseB = new double[m][K + 1];
            for (int j = 0; j < m; j++) {
                for (int cnt = 1; cnt <= K; cnt++) {
                    double s = 0;
                    for (int k : fb[j].keys) {
                        s += wmBA[cnt][k];
                    }
                    baseB[j][cnt] = s;
                }
            }
            boundB = bounds(fb, baseB, wpBA, wmBA);
        }

        int[] dfA;
        int[] dfB;

        /**
         * Weights of a per-document lexicon key ({@link Features#addLexiconPairs}), in its own
         * direction only. In a true counterpart the word's translation is there with chance q (the
         * translator used it) or, failing that, by chance as in any sentence of the other side
         * (pr, counted in the document: high for a word with many translations or common ones); in
         * an unrelated sentence by chance only. So a found translation weighs ln((q + (1 - q) pr) /
         * pr), near nothing for a translation found everywhere, and a missing one ln(1 - q), the
         * same for every word.
         */
        private void lexiconWeights(int k, boolean fromA, double q, int[] dfA, int[] dfB) {
            int df = fromA ? dfB[k] : dfA[k];
            int size = fromA ? m : n;
            double[][] wp = fromA ? wpAB : wpBA;
            double[][] wm = fromA ? wmAB : wmBA;
            if (df == 0) {
                return;
            }
            for (int cnt = 1; cnt <= K; cnt++) {
                double pr = chance(df, size, cnt);
                wp[cnt][k] = Math.log((q + (1 - q) * pr) / pr);
                wm[cnt][k] = Math.log(1 - q);
            }
        }

        /** Chance that one of cnt random sentences of a side of {@code size} carries a key found in df. */
        private static double chance(int df, int size, int cnt) {
            return clampP(1 - Math.pow(1 - (double) df / size, cnt), size);
        }

        /** Prefix sums per count of the other side: base plus every positive key term, see {@link #anchorBound}. */
        private static double[][] bounds(Features.Sent[] side, double[][] base, double[][] wp, double[][] wm) {
            double[][] out = new double[K + 1][side.length + 1];
            for (int cnt = 1; cnt <= K; cnt++) {
                for (int x = 0; x < side.length; x++) {
                    double pos = 0;
                    for (int k : side[x].keys) {
                        pos += Math.max(0, wp[cnt][k] - wm[cnt][k]);
                    }
                    out[cnt][x + 1] = out[cnt][x] + base[x][cnt] + pos;
                }
            }
            return out;
        }

        private static double clampP(double p, int size) {
            return Math.min(0.98, Math.max(p, 0.5 / size));
        }

        /**
         * Band: for each row i (A sentences consumed), the B positions [lo, hi]: around the
         * length-proportional diagonal (no guide), or around a previous path (guide).
         */
        private void band(int w, int[] guide, int kmax) {
            cacheK = kmax;
            lo = new int[n + 1];
            hi = new int[n + 1];
            if (guide == null) {
                int j = 0;
                for (int i = 0; i <= n; i++) {
                    double target = (double) cumA[i] / Math.max(1, cumA[n]) * cumB[m];
                    while (j < m && cumB[j + 1] <= target) {
                        j++;
                    }
                    // Proportional by length, blended with proportional by count for empty-length runs.
                    int center = (int) Math.round(0.5 * j + 0.5 * ((double) i * m / n));
                    if (i == n) {
                        center = m;
                    }
                    lo[i] = Math.max(0, center - w);
                    hi[i] = Math.min(m, center + w);
                }
            } else {
                Arrays.fill(lo, Integer.MAX_VALUE);
                Arrays.fill(hi, Integer.MIN_VALUE);
                lo[0] = 0;
                hi[0] = 0;
                for (int k = 0; k < guide.length; k += 3) {
                    int i = guide[k];
                    int j = guide[k + 1];
                    int t = guide[k + 2];
                    // Every cell the bead passes through, so that rows skipped by a 2-x bead get a range.
                    for (int x = i - DA[t]; x <= i; x++) {
                        lo[x] = Math.min(lo[x], j - DB[t]);
                        hi[x] = Math.max(hi[x], j);
                    }
                }
                for (int i = 0; i <= n; i++) {
                    lo[i] = Math.max(0, lo[i] - w);
                    hi[i] = Math.min(m, hi[i] + w);
                }
            }
            lo[0] = 0;
            hi[n] = m;
            for (int i = 1; i <= n; i++) {
                lo[i] = Math.max(lo[i], lo[i - 1]);
                lo[i] = Math.min(lo[i], hi[i - 1]);
            }
            for (int i = n - 1; i >= 0; i--) {
                hi[i] = Math.min(hi[i], hi[i + 1]);
                hi[i] = Math.max(hi[i], lo[i + 1]);
            }
            // Pair cache: sentence i of A meets B sentences used by rows i+1..i+K.
            pLo = new int[n];
            pOff = new int[n + 1];
            int total = 0;
            for (int i = 0; i < n; i++) {
                pLo[i] = Math.max(0, lo[i + 1] - kmax);
                int ph = hi[Math.min(n, i + kmax)];
                pOff[i] = total;
                total += Math.max(0, ph - pLo[i]);
            }
            pOff[n] = total;
            pairs = new float[total * 2 * kmax];
            for (int i = 0; i < n; i++) {
                int[] ka = fa[i].keys;
                for (int jj = pLo[i], q = pOff[i]; q < pOff[i + 1]; jj++, q++) {
                    pairTerms(ka, fb[jj].keys, pairs, q * 2 * kmax, kmax);
                }
            }
        }

        /** The key terms of sentences i and j for counts 1..kmax of the other side, A->B then B->A. */
        private void pairTerms(int[] ka, int[] kb, float[] out, int at, int kmax) {
            for (int q = 0; q < 2 * kmax; q++) {
                out[at + q] = 0;
            }
            int x = 0;
            int y = 0;
            while (x < ka.length && y < kb.length) {
                int u = ka[x];
                int v = kb[y];
                if (u < v) {
                    x++;
                } else if (v < u) {
                    y++;
                } else {
                    for (int cnt = 1; cnt <= kmax; cnt++) {
                        out[at + cnt - 1] += (float) (wpAB[cnt][u] - wmAB[cnt][u]);
                        out[at + kmax + cnt - 1] += (float) (wpBA[cnt][u] - wmBA[cnt][u]);
                    }
                    x++;
                    y++;
                }
            }
        }

        private final float[] scratch = new float[2 * K];
        /** Counts 1..cacheK of the other side are in the pair cache (the sketch needs 1-1 beads only). */
        private int cacheK = K;

        /** Pair term: A sentence i, B sentence j, direction A->B with k B sentences (dir 0) or B->A with k A (dir 1). */
        private double pair(int i, int j, int dir, int k) {
            int q = j - pLo[i];
            if (q >= 0 && pOff[i] + q < pOff[i + 1] && k <= cacheK) {
                return pairs[(pOff[i] + q) * 2 * cacheK + dir * cacheK + k - 1];
            }
            pairTerms(fa[i].keys, fb[j].keys, scratch, 0, K);
            return scratch[dir * K + k - 1];
        }

        /** [k][window start]: keys repeated inside k consecutive sentences, see {@link #duplicates}. */
        int[][][] dupA;

        int[][][] dupB;

        /** [d][x]: the keys sentence x shares with sentence x + d, d = 1..K-1 (usually none). */
        private static int[][][] sharedKeys(Features.Sent[] side) {
            int[][][] out = new int[K][][];
            int[] none = new int[0];
            for (int d = 1; d < K; d++) {
                out[d] = new int[side.length][];
                for (int x = 0; x < side.length; x++) {
                    if (x + d >= side.length) {
                        out[d][x] = none;
                        continue;
                    }
                    int[] p = side[x].keys;
                    int[] q = side[x + d].keys;
                    int[] acc = none;
                    int na = 0;
                    int u = 0;
                    int v = 0;
                    while (u < p.length && v < q.length) {
                        if (p[u] < q[v]) {
                            u++;
                        } else if (q[v] < p[u]) {
                            v++;
                        } else {
                            if (na == acc.length) {
                                acc = Arrays.copyOf(acc, Math.max(4, na * 2));
                            }
                            acc[na++] = p[u];
                            u++;
                            v++;
                        }
                    }
                    out[d][x] = na == 0 ? none : Arrays.copyOf(acc, na);
                }
            }
            return out;
        }

        /**
         * For each window of k consecutive sentences, the keys that occur in more than one of them,
         * once per pair of sentences sharing it (usually none).
         */
        private static int[][] duplicates(int[][][] shared, int lines, int k) {
            int[][] out = new int[Math.max(0, lines - k + 1)][];
            int[] none = new int[0];
            for (int s = 0; s + k <= lines; s++) {
                int na = 0;
                for (int x = s; x < s + k; x++) {
                    for (int y = x + 1; y < s + k; y++) {
                        na += shared[y - x][x].length;
                    }
                }
                if (na == 0) {
                    out[s] = none;
                    continue;
                }
                int[] acc = new int[na];
                int at = 0;
                for (int x = s; x < s + k; x++) {
                    for (int y = x + 1; y < s + k; y++) {
                        int[] sh = shared[y - x][x];
                        System.arraycopy(sh, 0, acc, at, sh.length);
                        at += sh.length;
                    }
                }
                out[s] = acc;
            }
            return out;
        }

        /** Log-likelihood ratio of the bead ending at (i, j) of type t, without its prior. */
        double llr(int i, int j, int t) {
            int da = DA[t];
            int db = DB[t];
            if (da == 0 || db == 0) {
                return 0;
            }
            return lengthAndSegments(i, j, da, db) + anchors(i, j, da, db);
        }

        /** The cheap part of {@link #llr}: length and sentence counts. */
        private double lengthAndSegments(int i, int j, int da, int db) {
            long la = cumA[i] - cumA[i - da];
            long lb = cumB[j] - cumB[j - db];
            double len = 0.5 * (lengthLlr(la, lb, c, lnRandB[db][j]) + lengthLlr(lb, la, 1 / c, lnRandA[da][i]));
            return len + segmentTerm(i, j, da, db) + endTerm(i, j) + startTerm(i - da, j - db);
        }

        /** An upper bound of {@link #anchors}: every key of the bead finds its partner. */
        private double anchorBound(int i, int j, int da, int db) {
            return 0.5 * ((boundA[db][i] - boundA[db][i - da]) + (boundB[da][j] - boundB[da][j - db]));
        }

        /** The anchor part of {@link #llr}: keys found and missed on the other side, both directions. */
        private double anchors(int i, int j, int da, int db) {
            double dirA = 0;
            double dirB = 0;
            if (da == 1 && db == 1) {
                dirA = baseA[i - 1][1] + pair(i - 1, j - 1, 0, 1);
                dirB = baseB[j - 1][1] + pair(i - 1, j - 1, 1, 1);
            } else {
                // Sum of the cached pair terms, less what keys repeated inside one side's window
                // added twice: a key found in two sentences of the window still counts once.
                int[][] dupBk = dupB[db];
                int[][] dupAk = dupA[da];
                for (int x = i - da; x < i; x++) {
                    dirA += baseA[x][db];
                    for (int y = j - db; y < j; y++) {
                        dirA += pair(x, y, 0, db);
                        dirB += pair(x, y, 1, da);
                    }
                    if (dupBk != null) {
                        for (int k : dupBk[j - db]) {
                            if (Arrays.binarySearch(fa[x].keys, k) >= 0) {
                                dirA -= wpAB[db][k] - wmAB[db][k];
                            }
                        }
                    }
                }
                for (int y = j - db; y < j; y++) {
                    dirB += baseB[y][da];
                    if (dupAk != null) {
                        for (int k : dupAk[i - da]) {
                            if (Arrays.binarySearch(fb[y].keys, k) >= 0) {
                                dirB -= wpBA[da][k] - wmBA[da][k];
                            }
                        }
                    }
                }
            }
            return 0.5 * (dirA + dirB);
        }

        private double lengthLlr(long given, long other, double ratio, double lnRandom) {
            double mean = ratio * given;
            double var = 0.5 * s2 * (mean + other) + 4;
            double d = other - mean;
            int vi = (int) var;
            double lnVar = vi < LN_TABLE.length ? LN_TABLE[vi] : Math.log(var);
            double r = -0.5 * d * d / var - 0.5 * (LN_2PI + lnVar) - lnRandom;
            // A mixture with the unrelated model keeps a free translation from costing without bound.
            if (r >= MIX_RANGE) {
                return r + LN_TRANSLATED;
            }
            if (r <= -MIX_RANGE) {
                return LN_FREE;
            }
            // ln(0.95 e^r + 0.05) from a table: the programme asks for it millions of times.
            double x = (r + MIX_RANGE) * MIX_STEPS;
            int k = (int) x;
            double f = x - k;
            return MIX[k] + f * (MIX[k + 1] - MIX[k]);
        }

        private static final int MIX_RANGE = 12;
        private static final int MIX_STEPS = 64;
        private static final double LN_FREE = Math.log(FREE);
        private static final double LN_TRANSLATED = Math.log(1 - FREE);
        private static final double[] MIX = new double[2 * MIX_RANGE * MIX_STEPS + 2];

        static {
            for (int k = 0; k < MIX.length; k++) {
                double r = (double) k / MIX_STEPS - MIX_RANGE;
                MIX[k] = Math.log((1 - FREE) * Math.exp(r) + FREE);
            }
        }

        private static final double LN_2PI = Math.log(2 * Math.PI);
        private static final double LN05 = Math.log(0.05);
        /** ln of integers (the variance is rounded down: at >= 4 the error is below 0.25 nats / 2). */
        private static final double[] LN_TABLE = new double[1 << 14];

        static {
            for (int k = 1; k < LN_TABLE.length; k++) {
                LN_TABLE[k] = Math.log(k);
            }
        }

        private static final double LN95 = Math.log(0.95);

        /** ln density of the total length of k sentences ending at each index, under "unrelated". */
        private static double[][] lnRandom(long[] cum, double[][] rand) {
            int size = cum.length;
            double[][] out = new double[K + 1][size];
            for (int k = 1; k <= K; k++) {
                for (int e = k; e < size; e++) {
                    double x = Math.log(cum[e] - cum[e - k] + 1.0);
                    double z = (x - rand[k][0]) / rand[k][1];
                    out[k][e] = -0.5 * z * z - Math.log(rand[k][1]) - 0.5 * Math.log(2 * Math.PI) - x;
                }
            }
            return out;
        }

        /**
         * Runs the banded programme: without a guide, first a sketch with 1-1, 1-0 and 0-1 beads in a
         * band around the diagonal, then all bead types in a narrow band around the sketch (or around
         * the guide path); each band widens while the best path touches its edge.
         */
        int[] run(double[] priorNow, double[] matchNow, int[] guide) {
            this.prior = priorNow;
            this.match = matchNow;
            weights();
            if (guide == null) {
                int w = Math.max(12, (int) Math.min(Math.max(n, m), 0.25 * Math.sqrt(Math.max(n, m)) + 10));
                guide = banded(w, null, 3);
            }
            // Around a guide the band is as wide as the largest bead; it widens where the path touches it.
            return banded(K, guide, TYPES);
        }

        private int[] banded(int w, int[] guide, int types) {
            while (true) {
                long t0 = System.nanoTime();
                band(w, guide, types <= 3 ? 1 : K);
                long t1 = System.nanoTime();
                int[] path = dp(types);
                if (DEBUG) {
                    System.err.printf(
                            java.util.Locale.ROOT,
                            "band w=%d guided=%b types=%d pairs=%d band %.0f ms dp %.0f ms%n",
                            w,
                            guide != null,
                            types,
                            pOff[n],
                            (t1 - t0) / 1e6,
                            (System.nanoTime() - t1) / 1e6);
                }
                if (w >= Math.max(n, m) || !touchesEdge(path)) {
                    return path;
                }
                w *= 2;
            }
        }

        /** The path as a list of (i, j, type) triples, from the start. */
        private int[] dp(int types) {
            double[][] score = new double[n + 1][];
            byte[][] back = new byte[n + 1][];
            for (int i = 0; i <= n; i++) {
                int width = hi[i] - lo[i] + 1;
                score[i] = new double[width];
                back[i] = new byte[width];
                Arrays.fill(score[i], Double.NEGATIVE_INFINITY);
            }
            score[0][0] = 0;
            for (int i = 0; i <= n; i++) {
                double[] row = score[i];
                for (int j = lo[i]; j <= hi[i]; j++) {
                    if (i == 0 && j == 0) {
                        continue;
                    }
                    double best = Double.NEGATIVE_INFINITY;
                    int bestT = -1;
                    for (int t = 0; t < types; t++) {
                        int pi = i - DA[t];
                        int pj = j - DB[t];
                        if (pi < 0 || pj < lo[Math.max(pi, 0)] || pj > hi[Math.max(pi, 0)]) {
                            continue;
                        }
                        double prev = score[pi][pj - lo[pi]];
                        if (prev == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        double s = prev + lnPrior[t];
                        int da = DA[t];
                        int db = DB[t];
                        if (da > 0 && db > 0) {
                            s += lengthAndSegments(i, j, da, db);
                            // Most cells of the band cannot win with any anchors: skip counting them.
                            if (s + anchorBound(i, j, da, db) + 1e-6 <= best) {
                                continue;
                            }
                            s += anchors(i, j, da, db);
                        }
                        if (s > best) {
                            best = s;
                            bestT = t;
                        }
                    }
                    row[j - lo[i]] = best;
                    back[i][j - lo[i]] = (byte) bestT;
                }
            }
            List<int[]> rev = new ArrayList<>();
            int i = n;
            int j = m;
            while (i > 0 || j > 0) {
                int t = back[i][j - lo[i]];
                rev.add(new int[] {i, j, t});
                i -= DA[t];
                j -= DB[t];
            }
            int[] path = new int[rev.size() * 3];
            for (int k = 0; k < rev.size(); k++) {
                int[] e = rev.get(rev.size() - 1 - k);
                path[3 * k] = e[0];
                path[3 * k + 1] = e[1];
                path[3 * k + 2] = e[2];
            }
            return path;
        }

        private boolean touchesEdge(int[] path) {
            for (int k = 0; k < path.length; k += 3) {
                int i = path[k];
                int j = path[k + 1];
                if ((lo[i] > 0 && j - lo[i] < 2) || (hi[i] < m && hi[i] - j < 2)) {
                    return true;
                }
            }
            return false;
        }

        /** Re-estimates bead priors, length ratio and variance, and anchor match rates from a path. */
        void reestimate(int[] path) {
            int beads = path.length / 3;
            double[] counts = new double[TYPES];
            double sumA = 0;
            double sumB = 0;
            List<double[]> lens = new ArrayList<>();
            double[] matched = new double[Features.KINDS];
            double[] seen = new double[Features.KINDS];
            double[] byChance = new double[Features.KINDS];
            for (int k = 0; k < path.length; k += 3) {
                int i = path[k];
                int j = path[k + 1];
                int t = path[k + 2];
                counts[t]++;
                if (DA[t] == 0 || DB[t] == 0) {
                    continue;
                }
                long la = cumA[i] - cumA[i - DA[t]];
                long lb = cumB[j] - cumB[j - DB[t]];
                double l = llr(i, j, t);
                if (l <= 0) {
                    continue;
                }
                sumA += la;
                sumB += lb;
                lens.add(new double[] {la, lb});
                countMatches(i - DA[t], i, j - DB[t], j, matched, seen, byChance);
            }
            double strength = 40;
            // A fresh array: the one in use may be shared with the caller.
            double[] np = new double[TYPES];
            for (int t = 0; t < TYPES; t++) {
                np[t] = (counts[t] + strength * PRIOR0[t]) / (beads + strength);
            }
            if (lens.size() >= 5) {
                c = (sumB + 1) / (sumA + 1);
                double[] v = new double[lens.size()];
                for (int k = 0; k < v.length; k++) {
                    double la = lens.get(k)[0];
                    double lb = lens.get(k)[1];
                    double d = lb - c * la;
                    v[k] = d * d / Math.max(1, c * (la + lb / c) / 2);
                }
                Arrays.sort(v);
                // Trimmed mean: the worst tenth are mostly free renderings the mixture already absorbs.
                int keep = Math.max(1, (int) (v.length * 0.9));
                double s = 0;
                for (int k = 0; k < keep; k++) {
                    s += v[k];
                }
                double est = s / keep;
                s2 = Math.max(1.0, (est * lens.size() + 6.8 * 10) / (lens.size() + 10));
            }
            segTrans = estimateSegments(path);
            estimateEnds(path);
            double[] nm = match.clone();
            for (int kind = 0; kind < Features.KINDS; kind++) {
                if (kind == Features.LEX_A || kind == Features.LEX_B) {
                    // Matches beyond those chance explains, among the words chance did not match.
                    double beyond = matched[kind] - byChance[kind];
                    double room = seen[kind] - byChance[kind];
                    nm[kind] = Math.min(0.9, Math.max(0.02, (beyond + 10 * MATCH0[kind]) / (room + 10)));
                    continue;
                }
                nm[kind] = Math.min(0.95, Math.max(0.05, (matched[kind] + 10 * MATCH0[kind]) / (seen[kind] + 10)));
            }
            match = nm;
            prior = np;
        }

        /** The per-class distribution of sentence-count differences of a path's beads, smoothed towards {@link #SEG0}. */
        private double[][] estimateSegments(int[] path) {
            double[][] segCounts = new double[3][SEG_BINS];
            for (int k = 0; k < path.length; k += 3) {
                int t = path[k + 2];
                if (DA[t] == 0 || DB[t] == 0) {
                    continue;
                }
                int i = path[k];
                int j = path[k + 1];
                int sa = segA[i] - segA[i - DA[t]];
                int sb = segB[j] - segB[j - DB[t]];
                int cls = segClass(DA[t], DB[t]);
                segCounts[cls][segBin(cls, DA[t], DB[t], sa, sb)]++;
            }
            double[][] st = new double[3][SEG_BINS];
            for (int cls = 0; cls < 3; cls++) {
                double tot = 0;
                for (double v : segCounts[cls]) {
                    tot += v;
                }
                for (int x = 0; x < SEG_BINS; x++) {
                    st[cls][x] = Math.log(
                            (segCounts[cls][x] + SEG_STRENGTH * Math.exp(SEG0[cls][x])) / (tot + SEG_STRENGTH));
                }
            }
            return st;
        }

        private void countMatches(int a0, int a1, int b0, int b1, double[] matched, double[] seen, double[] byChance) {
            Map<Integer, Boolean> inB = new HashMap<>();
            for (int y = b0; y < b1; y++) {
                for (int k : fb[y].keys) {
                    inB.put(k, true);
                }
            }
            Map<Integer, Boolean> inA = new HashMap<>();
            for (int x = a0; x < a1; x++) {
                for (int k : fa[x].keys) {
                    inA.put(k, true);
                }
            }
            for (int k : inA.keySet()) {
                if (wpAB[1][k] != 0 || wmAB[1][k] != 0) {
                    seen[space.kind(k)]++;
                    if (space.kind(k) >= Features.LEX_A) {
                        byChance[space.kind(k)] += chance(dfB[k], m, Math.min(K, b1 - b0));
                    }
                    if (inB.containsKey(k)) {
                        matched[space.kind(k)]++;
                    }
                }
            }
            for (int k : inB.keySet()) {
                if (wpBA[1][k] != 0 || wmBA[1][k] != 0) {
                    seen[space.kind(k)]++;
                    if (space.kind(k) >= Features.LEX_A) {
                        byChance[space.kind(k)] += chance(dfA[k], n, Math.min(K, a1 - a0));
                    }
                    if (inA.containsKey(k)) {
                        matched[space.kind(k)]++;
                    }
                }
            }
        }

        /**
         * Learns word pairs with Model 1 from the confident beads of a path and adds them as anchors.
         * Returns false when the document is too small to learn from.
         */
        boolean learnLexicon(int[] path) {
            List<String[][]> train = new ArrayList<>();
            for (int k = 0; k < path.length; k += 3) {
                int i = path[k];
                int j = path[k + 1];
                int t = path[k + 2];
                if (DA[t] == 0 || DB[t] == 0 || llr(i, j, t) <= 1) {
                    continue;
                }
                train.add(new String[][] {words(fa, i - DA[t], i), words(fb, j - DB[t], j)});
            }
            if (train.size() < 20) {
                return false;
            }
            if (train.size() > MAX_TRAIN) {
                // An even sample: Model 1 needs a few thousand pairs, not all of a book.
                List<String[][]> sample = new ArrayList<>(MAX_TRAIN);
                for (int k = 0; k < MAX_TRAIN; k++) {
                    sample.add(train.get((int) ((long) k * train.size() / MAX_TRAIN)));
                }
                train = sample;
            }
            long t0 = System.nanoTime();
            List<Model1.Pair> learned = Model1.learn(train, 5, 0.25, 2);
            if (DEBUG) {
                System.err.printf(
                        java.util.Locale.ROOT,
                        "model1 %d pairs from %d beads, %.0f ms; c=%.3f s2=%.2f match=%s prior=%s%n",
                        learned.size(),
                        train.size(),
                        (System.nanoTime() - t0) / 1e6,
                        c,
                        s2,
                        Arrays.toString(match),
                        Arrays.toString(prior));
            }
            if (learned.isEmpty()) {
                return false;
            }
            Map<String, List<Integer>> byA = new HashMap<>();
            Map<String, List<Integer>> byB = new HashMap<>();
            for (Model1.Pair p : learned) {
                int id = space.id("t" + p.a() + "\u0000" + p.b(), Features.LEARNED);
                byA.computeIfAbsent(p.a(), x -> new ArrayList<>()).add(id);
                byB.computeIfAbsent(p.b(), x -> new ArrayList<>()).add(id);
            }
            addKeys(fa, byA);
            addKeys(fb, byB);
            return true;
        }

        private static void addKeys(Features.Sent[] side, Map<String, List<Integer>> byWord) {
            for (Features.Sent s : side) {
                Features.IntSet set = new Features.IntSet();
                for (int k : s.keys) {
                    set.add(k);
                }
                for (String w : s.words) {
                    List<Integer> ids = byWord.get(w);
                    if (ids != null) {
                        for (int id : ids) {
                            set.add(id);
                        }
                    }
                }
                s.keys = set.toSortedArray();
            }
        }

        private static String[] words(Features.Sent[] side, int from, int to) {
            List<String> w = new ArrayList<>();
            for (int x = from; x < to; x++) {
                w.addAll(Arrays.asList(side[x].words));
            }
            return w.toArray(new String[0]);
        }

        List<Bead> beads(int[] path) {
            List<Bead> out = new ArrayList<>(path.length / 3);
            for (int k = 0; k < path.length; k += 3) {
                int i = path[k];
                int j = path[k + 1];
                int t = path[k + 2];
                List<Integer> as = range(i - DA[t], i);
                List<Integer> bs = range(j - DB[t], j);
                double score;
                if (DA[t] > 0 && DB[t] > 0) {
                    score = sigmoid(llr(i, j, t));
                } else {
                    // Confidence that the sentence has no counterpart: against its best neighbour.
                    double best = Double.NEGATIVE_INFINITY;
                    if (DA[t] > 0) {
                        for (int y = Math.max(1, j); y <= Math.min(m, j + 1); y++) {
                            best = Math.max(best, llr(i, y, 0));
                        }
                    } else {
                        for (int x = Math.max(1, i); x <= Math.min(n, i + 1); x++) {
                            best = Math.max(best, llr(x, j, 0));
                        }
                    }
                    score = best == Double.NEGATIVE_INFINITY ? 1 : sigmoid(-best);
                }
                out.add(new Bead(as, bs, score));
            }
            return List.copyOf(out);
        }

        private static List<Integer> range(int from, int to) {
            List<Integer> r = new ArrayList<>(to - from);
            for (int x = from; x < to; x++) {
                r.add(x);
            }
            return r;
        }

        private static double sigmoid(double x) {
            return 1 / (1 + Math.exp(-Math.max(-50, Math.min(50, x))));
        }
    }
}
