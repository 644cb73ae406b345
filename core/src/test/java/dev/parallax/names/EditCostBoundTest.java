package dev.parallax.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestSeeds;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EditCostBoundTest {
    /** Costs shaped like the resolver's: vowels cheap to change, a few close consonant pairs. */
    private static final EditCostBound.Costs NAMES = new EditCostBound.Costs() {
        @Override
        public double substitute(char x, char y) {
            if (x == y) {
                return 0;
            }
            boolean vx = vowel(x);
            boolean vy = vowel(y);
            if (vx && vy) {
                return 0.4;
            }
            if (vx || vy) {
                return 1.2;
            }
            if (x == 's' && y == 'S' || x == 'S' && y == 's') {
                return 0.35;
            }
            for (String p : new String[] {"gk", "vf", "cs", "cC", "CS", "dt", "bp", "vb", "sc"}) {
                if (p.charAt(0) == x && p.charAt(1) == y || p.charAt(0) == y && p.charAt(1) == x) {
                    return 0.6;
                }
            }
            return 1.0;
        }

        @Override
        public double indel(char c) {
            return vowel(c) ? 0.6 : 1.0;
        }
    };

    /** Costs for which pairing like with like first is not always best, so the bound searches. */
    private static final EditCostBound.Costs ODD = new EditCostBound.Costs() {
        @Override
        public double substitute(char x, char y) {
            return x == y ? 0 : vowel(x) == vowel(y) ? 1.9 : 0.3;
        }

        @Override
        public double indel(char c) {
            return 1.0;
        }
    };

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static double editCost(String a, String b, EditCostBound.Costs costs) {
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = d[i - 1][0] + costs.indel(a.charAt(i - 1));
        }
        for (int j = 1; j <= b.length(); j++) {
            d[0][j] = d[0][j - 1] + costs.indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(
                        d[i - 1][j - 1] + costs.substitute(a.charAt(i - 1), b.charAt(j - 1)),
                        Math.min(
                                d[i - 1][j] + costs.indel(a.charAt(i - 1)),
                                d[i][j - 1] + costs.indel(b.charAt(j - 1))));
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void lettersInExcessGiveTheDocumentedBound() {
        // four consonants against two (two pairs at 0.35, two dropped) and one vowel too many
        assertThat(EditCostBound.of(NAMES).lowerBound("aleksandr", "dSaber"))
                .isCloseTo(3.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(EditCostBound.of(NAMES).lowerBound("selenski", "selenski")).isZero();
    }

    @Test
    void keysOutsideTheAlphabetOrTooLongGetTheTrivialBound() {
        EditCostBound b = EditCostBound.of(NAMES);
        assertThat(b.lowerBound("kiïv", "moskva")).isZero();
        assertThat(b.lowerBound("abcdefghijklmnopq", "x")).isZero();
        assertThat(b.lowerBound("aaaaaaaa", "b")).isZero(); // eight of one letter would overflow a lane
    }

    @Test
    void neverExceedsTheEditCost() {
        long seed = TestSeeds.seed();
        Random rnd = new Random(seed);
        String alphabet = "aeioubcdfgklmnprstvzSC";
        for (EditCostBound.Costs costs : new EditCostBound.Costs[] {NAMES, ODD}) {
            EditCostBound bound = EditCostBound.of(costs);
            for (int n = 0; n < 20_000; n++) {
                String a = random(rnd, alphabet, 1 + rnd.nextInt(12));
                String b = rnd.nextInt(4) == 0 ? mutate(rnd, a, alphabet) : random(rnd, alphabet, 1 + rnd.nextInt(12));
                assertThat(bound.lowerBound(a, b))
                        .as("seed " + seed + ": " + a + " / " + b)
                        .isLessThanOrEqualTo(editCost(a, b, costs) + 1e-9);
            }
        }
    }

    private static String random(Random rnd, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String mutate(Random rnd, String a, String alphabet) {
        StringBuilder sb = new StringBuilder(a);
        for (int k = rnd.nextInt(3); k >= 0 && sb.length() > 1; k--) {
            int i = rnd.nextInt(sb.length());
            switch (rnd.nextInt(3)) {
                case 0 -> sb.deleteCharAt(i);
                case 1 -> sb.insert(i, alphabet.charAt(rnd.nextInt(alphabet.length())));
                default -> sb.setCharAt(i, alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }
}
