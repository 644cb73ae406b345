package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a lexicon becomes evidence in the parallel aligner: per-document word links, weighed against chance. */
class LexiconEvidenceTest {

    @Test
    void inflectedFormsAreTheSameWordButCompoundsAndChancePrefixesAreNot() {
        assertThat(Features.sameWord("montagne", "montagnes")).isTrue();
        assertThat(Features.sameWord("книга", "книгами")).isTrue();
        assertThat(Features.sameWord("дом", "дома")).isTrue();
        assertThat(Features.sameWord("et", "et")).isTrue();
        assertThat(Features.sameWord("berg", "bergsteiger")).isFalse();
        assertThat(Features.sameWord("montagne", "montre")).isFalse();
        assertThat(Features.sameWord("et", "est")).isFalse();
    }

    @Test
    void aWordMeetsItsTranslationsThroughOneKeyPerDirection() {
        Lexicon lex = Lexicon.parseTsv("l", "berg\tmontagne\nberg\tmont\nhaus\tmaison\nhund\tchien\n");
        Features space = new Features(TokenKeys.DEFAULT, Lexicon.empty(), true);
        Features.Sent[] fa = space.extract(List.of("Der Berg ruft.", "Das Haus steht."));
        Features.Sent[] fb = space.extract(List.of("La montagne appelle les monts.", "Le chat dort."));
        int[] before = fa[0].keys.clone();
        space.addLexiconPairs(lex, fa, fb);
        // "berg" has two translations in B, both in sentence 0: one key from A, and one from each B word.
        Set<Integer> shared = intersection(fa[0].keys, fb[0].keys);
        long fromA =
                shared.stream().filter(k -> space.kind(k) == Features.LEX_A).count();
        long fromB =
                shared.stream().filter(k -> space.kind(k) == Features.LEX_B).count();
        assertThat(fromA).isEqualTo(1);
        assertThat(fromB).isEqualTo(2);
        // "haus" has no translation in B ("maison" is not there): no key at all; "hund" is not in A.
        assertThat(intersection(fa[1].keys, fb[1].keys)).allMatch(k -> space.kind(k) < Features.LEX_A);
        assertThat(java.util.Arrays.stream(fa[1].keys).noneMatch(k -> space.kind(k) >= Features.LEX_A))
                .isTrue();
        assertThat(fa[0].keys.length).isGreaterThan(before.length);
    }

    @Test
    void aLexiconWrittenTheOtherWayRoundWorksAlike() {
        Random r = new Random(41);
        Doc d = Doc.make(r, 60, 0.4);
        List<Bead> forward =
                ParallelAligner.defaults().withLexicon(d.lexicon(false)).align(d.a, d.b);
        List<Bead> reversed =
                ParallelAligner.defaults().withLexicon(d.lexicon(true)).align(d.a, d.b);
        assertThat(reversed)
                .extracting(Bead::ladder)
                .isEqualTo(forward.stream().map(Bead::ladder).toList());
    }

    /**
     * On documents whose two sides share no token (so only length and the lexicon can tell), a
     * lexicon of the document's words, covering half of them, helps.
     */
    @Test
    void aLexiconOfTheDocumentsWordsHelps() {
        long seed = 20261123;
        Random r = new Random(seed);
        double none = 0;
        double right = 0;
        for (int doc = 0; doc < 6; doc++) {
            Doc d = Doc.make(r, 80, 0.5);
            none += d.f1(ParallelAligner.defaults().align(d.a, d.b));
            right += d.f1(
                    ParallelAligner.defaults().withLexicon(d.lexicon(false)).align(d.a, d.b));
        }
        assertThat(right / 6)
                .as("seed %d: with lexicon %.3f, without %.3f", seed, right / 6, none / 6)
                .isGreaterThan(none / 6 + 0.02);
    }

    private static Set<Integer> intersection(int[] x, int[] y) {
        Set<Integer> a = new HashSet<>();
        for (int k : x) {
            a.add(k);
        }
        Set<Integer> out = new HashSet<>();
        for (int k : y) {
            if (a.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** A synthetic document: two invented languages, a word-for-word translation with merges and drops. */
    private static final class Doc {
        final List<String> a = new ArrayList<>();
        final List<String> b = new ArrayList<>();
        final Set<String> gold = new HashSet<>();
        final String[] wa;
        final String[] wb;
        final boolean[] listed;

        private Doc(String[] wa, String[] wb, boolean[] listed) {
            this.wa = wa;
            this.wb = wb;
            this.listed = listed;
        }

        static Doc make(Random r, int sentences, double coverage) {
            int v = 400;
            String[] wa = new String[v];
            String[] wb = new String[v];
            boolean[] listed = new boolean[v];
            for (int k = 0; k < v; k++) {
                wa[k] = word(r, "bcdfgklmnprst", "aeiou");
                wb[k] = word(r, "vwxzjqhy", "aeiouy");
                listed[k] = r.nextDouble() < coverage;
            }
            Doc d = new Doc(wa, wb, listed);
            for (int s = 0; s < sentences; s++) {
                int len = 4 + r.nextInt(12);
                StringBuilder sa = new StringBuilder();
                StringBuilder sb = new StringBuilder();
                for (int t = 0; t < len; t++) {
                    // Zipf-like: a few words are everywhere, most are rare.
                    int k = (int) Math.min(v - 1, Math.floor(Math.exp(r.nextDouble() * Math.log(v))) - 1);
                    sa.append(t == 0 ? "" : " ").append(wa[k]);
                    if (r.nextDouble() < 0.85) {
                        sb.append(sb.length() == 0 ? "" : " ").append(wb[k]);
                    }
                }
                double x = r.nextDouble();
                if (x < 0.05) {
                    d.a.add(sa + ".");
                } else if (x < 0.1) {
                    d.b.add(sb + ".");
                } else {
                    d.gold.add("[" + d.a.size() + "]:[" + d.b.size() + "]");
                    d.a.add(sa + ".");
                    d.b.add(sb + ".");
                }
            }
            return d;
        }

        private static String word(Random r, String consonants, String vowels) {
            StringBuilder w = new StringBuilder();
            int syl = 1 + r.nextInt(3);
            for (int i = 0; i < syl; i++) {
                w.append(consonants.charAt(r.nextInt(consonants.length())));
                w.append(vowels.charAt(r.nextInt(vowels.length())));
            }
            return w.toString();
        }

        Lexicon lexicon(boolean reversed) {
            List<List<String>> pairs = new ArrayList<>();
            for (int k = 0; k < wa.length; k++) {
                if (listed[k]) {
                    pairs.add(reversed ? List.of(wb[k], wa[k]) : List.of(wa[k], wb[k]));
                }
            }
            return Lexicon.ofPairs(pairs);
        }

        double f1(List<Bead> beads) {
            int right = 0;
            int two = 0;
            for (Bead x : beads) {
                if (!x.a().isEmpty() && !x.b().isEmpty()) {
                    two++;
                    if (gold.contains(x.ladder())) {
                        right++;
                    }
                }
            }
            double p = two == 0 ? 0 : (double) right / two;
            double rc = (double) right / gold.size();
            return p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        }
    }
}
