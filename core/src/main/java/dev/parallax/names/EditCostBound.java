package dev.parallax.names;

/**
 * A cheap lower bound of a weighted edit distance between two folded keys, from the letters each
 * key has in excess of the other, ignoring their order.
 *
 * <pre>
 * EditCostBound b = EditCostBound.of(costs);  // the substitution and indel costs of the distance
 * b.lowerBound("aleksandr", "dSaber")         // 3.3 with NameResolver's costs: four consonants
 *                                             // against two and one vowel too many
 * </pre>
 *
 * <p>Why it holds: every edit script is a flow from the letters of one key to those of the other
 * (a substitution moves one letter to another, a deletion or insertion moves it to or from
 * nothing), and the net flow out of each letter is its excess. So no script costs less than the
 * cheapest transport of the excesses with the shortest-path costs between letters. Grouping the
 * letters into vowels and consonants, each pair of groups costing its cheapest member pair, relaxes
 * that further and leaves a transport between two sources and two sinks, solved exactly. The
 * bound lets {@link NameResolver} skip most edit-distance tables between a common given name and
 * the many unrelated candidate tokens, with the same answers.
 *
 * <p>Keys are counted in 4-bit lanes of two longs (one lane per letter of the key alphabet, vowels
 * first); a key with a letter outside that alphabet, or 16 letters or more, gets the trivial bound 0.
 * Immutable and safe for concurrent use.
 */
final class EditCostBound {
    /** The costs of one edit operation on key letters. */
    interface Costs {
        double substitute(char x, char y);

        double indel(char c);
    }

    /** The key alphabet: vowels in lanes 0-4, then the consonants of {@link NameKeys}. */
    private static final String ALPHABET = "aeioubcdfghjklmnpqrstvwxyzSC";

    private static final int VOWELS = 5;
    private static final long VOWEL_LANES = (1L << (4 * VOWELS)) - 1;
    private static final long GUARD = 0x8888888888888888L;
    private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;
    private static final byte[] LANE = new byte[128];

    static {
        java.util.Arrays.fill(LANE, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            LANE[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    /** Cheapest consonant-consonant, vowel-vowel, consonant-vowel moves, consonant and vowel indels. */
    private final double cc;

    private final double vv;
    private final double cv;
    private final double ic;
    private final double iv;
    /** True when pairing like with like first is the optimal transport for these costs. */
    private final boolean greedyExact;

    private EditCostBound(double cc, double vv, double cv, double ic, double iv) {
        this.cc = cc;
        this.vv = vv;
        this.cv = cv;
        this.ic = ic;
        this.iv = iv;
        double sx = Math.max(0, 2 * ic - cc);
        double sy = Math.max(0, 2 * iv - vv);
        double sz = Math.max(0, ic + iv - cv);
        // giving up one like-with-like pair frees room for at most one mixed pair on each side
        this.greedyExact = sx >= 2 * sz && sy >= 2 * sz;
    }

    /** The bound for an edit distance with these operation costs. */
    static EditCostBound of(Costs costs) {
        int n = ALPHABET.length();
        int nothing = n;
        double[][] d = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            char x = ALPHABET.charAt(i);
            for (int j = 0; j < n; j++) {
                d[i][j] = i == j ? 0 : costs.substitute(x, ALPHABET.charAt(j));
            }
            d[i][nothing] = costs.indel(x);
            d[nothing][i] = costs.indel(x);
        }
        // a letter may reach another through a third one more cheaply than directly
        for (int k = 0; k <= n; k++) {
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= n; j++) {
                    d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
                }
            }
        }
        double cc = Double.MAX_VALUE;
        double vv = Double.MAX_VALUE;
        double cv = Double.MAX_VALUE;
        double ic = Double.MAX_VALUE;
        double iv = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            boolean vi = i < VOWELS;
            if (vi) {
                iv = Math.min(iv, Math.min(d[i][nothing], d[nothing][i]));
            } else {
                ic = Math.min(ic, Math.min(d[i][nothing], d[nothing][i]));
            }
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                boolean vj = j < VOWELS;
                double c = Math.min(d[i][j], d[j][i]);
                if (vi && vj) {
                    vv = Math.min(vv, c);
                } else if (!vi && !vj) {
                    cc = Math.min(cc, c);
                } else {
                    cv = Math.min(cv, c);
                }
            }
        }
        return new EditCostBound(cc, vv, cv, ic, iv);
    }

    /**
     * A key's letter counts, one 4-bit lane per letter of the key alphabet in two longs; computed
     * once per key when a key is compared with many.
     */
    record Letters(long low, long high) {}

    /**
     * The letter counts of {@code key}; null when they cannot be counted (16 letters or more, a
     * letter outside the key alphabet, or one letter eight times or more).
     */
    static Letters letters(String key) {
        int n = key.length();
        if (n >= 16) {
            return null;
        }
        long low = 0;
        long high = 0;
        for (int i = 0; i < n; i++) {
            int lane = lane(key.charAt(i));
            if (lane < 0) {
                return null;
            }
            if (lane < 16) {
                low += 1L << (lane << 2);
            } else {
                high += 1L << ((lane - 16) << 2);
            }
        }
        if (((low | high) & GUARD) != 0) {
            return null; // the lanes would overflow in excess()
        }
        return new Letters(low, high);
    }

    /**
     * A cost no edit script from {@code a} to {@code b} undercuts (up to floating-point rounding of
     * the sums, which callers absorb with a slack); 0 when the keys cannot be counted.
     */
    double lowerBound(String a, String b) {
        return lowerBound(letters(a), letters(b));
    }

    /** {@link #lowerBound(String, String)} from the keys' {@link #letters}; 0 when either is null. */
    double lowerBound(Letters a, Letters b) {
        if (a == null || b == null) {
            return 0;
        }
        long a0 = a.low;
        long a1 = a.high;
        long b0 = b.low;
        long b1 = b.high;
        long ea0 = excess(a0, b0);
        long eb0 = excess(b0, a0);
        int va = sum(ea0 & VOWEL_LANES);
        int vb = sum(eb0 & VOWEL_LANES);
        int ca = sum(ea0 & ~VOWEL_LANES) + sum(excess(a1, b1));
        int cb = sum(eb0 & ~VOWEL_LANES) + sum(excess(b1, a1));
        return transport(ca, cb, va, vb);
    }

    /** Per lane max(0, x - y), for lanes holding 0..7. */
    private static long excess(long x, long y) {
        long r = (x | GUARD) - y; // 8 + x - y per lane, never borrowing from the next
        long t = r & GUARD;
        long mask = t - (t >>> 3); // 7 where x >= y, else 0
        return r & mask;
    }

    private static int sum(long lanes) {
        long bytes = (lanes & LOW_NIBBLES) + ((lanes >>> 4) & LOW_NIBBLES);
        return (int) ((bytes * 0x0101010101010101L) >>> 56);
    }

    private static int lane(char c) {
        return c < 128 ? LANE[c] : -1;
    }

    /** Cheapest way to absorb ca, va excess consonants and vowels of one key and cb, vb of the other. */
    double transport(int ca, int cb, int va, int vb) {
        if (greedyExact) {
            return transportFrom(ca, cb, va, vb, Math.min(ca, cb), Math.min(va, vb));
        }
        double best = Double.MAX_VALUE;
        for (int x = 0; x <= Math.min(ca, cb); x++) {
            for (int y = 0; y <= Math.min(va, vb); y++) {
                best = Math.min(best, transportFrom(ca, cb, va, vb, x, y));
            }
        }
        return best;
    }

    /** The cost with x consonant pairs and y vowel pairs, the rest paired across groups or dropped. */
    private double transportFrom(int ca, int cb, int va, int vb, int x, int y) {
        ca -= x;
        cb -= x;
        va -= y;
        vb -= y;
        int z1 = 0;
        int z2 = 0;
        if (cv < ic + iv) {
            z1 = Math.min(ca, vb);
            z2 = Math.min(cb, va);
        }
        return x * Math.min(cc, 2 * ic)
                + y * Math.min(vv, 2 * iv)
                + (z1 + z2) * cv
                + (ca - z1 + cb - z2) * ic
                + (va - z2 + vb - z1) * iv;
    }
}
