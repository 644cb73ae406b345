package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParallelAlignerTest {
    private static final ParallelAligner ALIGNER = ParallelAligner.defaults();

    /** A toy "translation": words mapped through a fixed cipher, names and numbers kept. */
    private static String translate(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                sb.append(w);
            } else {
                StringBuilder t = new StringBuilder();
                for (char c : w.toCharArray()) {
                    t.append(Character.isLetter(c) ? (char) ('a' + (c - 'a' + 7) % 26) : c);
                }
                sb.append(t).append(w.length() > 5 ? "en" : "");
            }
        }
        return sb.toString();
    }

    private static final String[] NAMES = {"Kyiv", "Paris", "Macron", "Zelensky", "Berlin", "Tokyo", "Lima", "Oslo"};
    private static final String[] WORDS = {
        "the",
        "minister",
        "said",
        "today",
        "that",
        "talks",
        "would",
        "continue",
        "with",
        "partners",
        "army",
        "village",
        "report",
        "people",
        "water",
        "power",
        "station",
        "attack",
        "morning",
        "border"
    };

    private static List<String> text(Random r, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 4 + r.nextInt(20);
            for (int w = 0; w < len; w++) {
                if (w > 0) {
                    sb.append(' ');
                }
                int k = r.nextInt(10);
                sb.append(
                        k == 0
                                ? NAMES[r.nextInt(NAMES.length)]
                                : k == 1 ? Integer.toString(r.nextInt(5000)) : WORDS[r.nextInt(WORDS.length)]);
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }

    private static void assertCoversInOrder(List<Bead> beads, int n, int m) {
        int i = 0;
        int j = 0;
        for (Bead b : beads) {
            for (int x : b.a()) {
                assertThat(x).isEqualTo(i++);
            }
            for (int y : b.b()) {
                assertThat(y).isEqualTo(j++);
            }
            assertThat(b.score()).isBetween(0.0, 1.0);
        }
        assertThat(i).isEqualTo(n);
        assertThat(j).isEqualTo(m);
    }

    @Test
    void oneToOneTranslationAlignsDiagonally() {
        List<String> a = text(new Random(1), 40);
        List<String> b = a.stream().map(ParallelAlignerTest::translate).toList();
        List<Bead> beads = ALIGNER.align(a, b);
        assertThat(beads).hasSize(40);
        for (int k = 0; k < 40; k++) {
            assertThat(beads.get(k).ladder()).isEqualTo("[" + k + "]:[" + k + "]");
        }
    }

    @Test
    void mergedSentencesAndADeletionAreFound() {
        List<String> a = new ArrayList<>(text(new Random(2), 30));
        List<String> b = new ArrayList<>();
        for (int k = 0; k < a.size(); k++) {
            if (k == 10) {
                b.add(translate(a.get(10)) + " " + translate(a.get(11)));
                k++;
            } else if (k != 20) {
                b.add(translate(a.get(k)));
            }
        }
        List<String> ladder = ALIGNER.align(a, b).stream().map(Bead::ladder).toList();
        assertThat(ladder).contains("[10, 11]:[10]", "[20]:[]", "[21]:[19]");
    }

    @Test
    void randomPerturbationsKeepTheContractAndMostBeads() {
        long seed = dev.parallax.TestSeeds.seed();
        Random r = new Random(seed);
        List<String> a = text(r, 60 + r.nextInt(60));
        List<String> b = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        int j = 0;
        for (int k = 0; k < a.size(); k++) {
            double p = r.nextDouble();
            if (p < 0.05) {
                gold.add("[" + k + "]:[]");
            } else if (p < 0.1 && k + 1 < a.size()) {
                b.add(translate(a.get(k)) + " " + translate(a.get(k + 1)));
                gold.add("[" + k + ", " + (k + 1) + "]:[" + j++ + "]");
                k++;
            } else {
                b.add(translate(a.get(k)));
                gold.add("[" + k + "]:[" + j++ + "]");
            }
        }
        List<Bead> beads = ALIGNER.align(a, b);
        assertCoversInOrder(beads, a.size(), b.size());
        long right = beads.stream().map(Bead::ladder).filter(gold::contains).count();
        assertThat(right).as("seed %d", seed).isGreaterThanOrEqualTo((long) (0.9 * gold.size()));
    }

    @Test
    void emptySideGivesOnlyUnmatchedBeads() {
        List<Bead> beads = ALIGNER.align(List.of("One.", "Two."), List.of());
        assertThat(beads).extracting(Bead::ladder).containsExactly("[0]:[]", "[1]:[]");
        assertThat(ALIGNER.align(List.of(), List.of())).isEmpty();
    }

    @Test
    void oneSideMuchLongerStillCoversBoth() {
        List<String> a = text(new Random(3), 300);
        List<String> b =
                a.subList(100, 110).stream().map(ParallelAlignerTest::translate).toList();
        List<Bead> beads = ALIGNER.align(a, b);
        assertCoversInOrder(beads, 300, 10);
        assertThat(beads.stream().map(Bead::ladder)).contains("[105]:[5]");
    }

    @Test
    void punctuationOnlyEmptyAndHugeLinesAreAligned() {
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 1_000_000) {
            huge.append("word ").append(huge.length() % 977).append(' ');
        }
        List<String> a = List.of("...", "", huge.toString(), "Kyiv 2025.");
        List<String> b = List.of("…", huge.toString(), "Kyiv 2025!");
        List<Bead> beads = ALIGNER.align(a, b);
        assertCoversInOrder(beads, 4, 3);
        assertThat(beads.stream().map(Bead::ladder)).contains("[2]:[1]", "[3]:[2]");
    }

    @Test
    void lexiconAnchorsSentencesWithoutSharedTokens() {
        List<String> a = List.of("haus berg wasser.", "baum strasse licht.", "himmel erde feuer.");
        List<String> b = List.of("maison montagne eau.", "arbre rue lumiere.", "ciel terre feu.");
        Lexicon lex = Lexicon.parseTsv(
                "l",
                "haus\tmaison\nberg\tmontagne\nwasser\teau\nbaum\tarbre\nstrasse\true\nlicht\tlumiere\nhimmel\tciel\n"
                        + "erde\tterre\nfeuer\tfeu\n");
        List<Bead> beads = ALIGNER.withLexicon(lex).align(a, b);
        assertThat(beads).extracting(Bead::ladder).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]");
        assertThat(beads.get(0).score()).isGreaterThan(0.5);
    }

    @Test
    void callsDoNotChangeTheDefaultsOfLaterCalls() {
        double[] before = ParallelAligner.defaultPriors();
        List<String> a = new ArrayList<>(text(new Random(4), 40));
        List<String> b = new ArrayList<>();
        for (int k = 0; k < a.size(); k += 2) {
            b.add(translate(a.get(k)) + " " + (k + 1 < a.size() ? translate(a.get(k + 1)) : ""));
        }
        List<Bead> first = ALIGNER.align(a.subList(0, 12), b.subList(0, 6));
        ALIGNER.align(a, b);
        assertThat(ParallelAligner.defaultPriors()).containsExactly(before);
        assertThat(ALIGNER.align(a.subList(0, 12), b.subList(0, 6))).isEqualTo(first);
    }

    @Test
    void aSentenceSplitInFourIsOneBead() {
        List<String> a = new ArrayList<>(text(new Random(5), 20));
        List<String> b = a.stream().map(ParallelAlignerTest::translate).collect(java.util.stream.Collectors.toList());
        a.add(
                10,
                "In 1953 the Zurich expedition , in 1954 the first Argentine expedition that reached 7950 m ,"
                        + " in 1955 the Swiss-German Vegetarian expedition and in 1956 the second Argentine one .");
        b.addAll(
                10,
                List.of(
                        "expedition suisse de AACZ en 1953 ;",
                        "en 1954 , premiere expedition argentine , qui parvint a 7950 m .",
                        "En 1955 une expedition germano-suisse dite vegetarienne .",
                        "Enfin , 1956 a vu la deuxieme expedition argentine ."));
        List<Bead> beads = ALIGNER.align(a, b);
        assertCoversInOrder(beads, a.size(), b.size());
        assertThat(beads.stream().map(Bead::ladder)).contains("[9]:[9]", "[10]:[10, 11, 12, 13]", "[11]:[14]");
    }

    @Test
    void aLineHoldingTwoSentencesIsEvidenceForTwoLines() {
        // Most lines hold one sentence; the first line of A holds two, which B keeps apart.
        List<String> a = new ArrayList<>(List.of("Пересдаст. Миллионам студентов это известно.", "Ну и что?"));
        List<String> b = new ArrayList<>(List.of("Will retake.", "Millions of students know this.", "So what?"));
        List<String> rest = text(new Random(6), 10);
        a.addAll(rest);
        b.addAll(rest.stream().map(ParallelAlignerTest::translate).toList());
        Features space = new Features(TokenKeys.DEFAULT, Lexicon.empty());
        ParallelAligner.Job job = new ParallelAligner.Job(space, space.extract(a), space.extract(b));
        // segmentTerm(i, j, da, db) of the bead that ends after A sentence i and B sentence j.
        assertThat(job.segmentTerm(1, 2, 1, 2)).isPositive();
        assertThat(job.segmentTerm(1, 1, 1, 1)).isNegative();
        assertThat(job.segmentTerm(2, 3, 1, 1)).isGreaterThan(job.segmentTerm(1, 1, 1, 1));
    }

    @Test
    void linesEndingAlikeAreEvidenceForABead() {
        List<String> a = new ArrayList<>(List.of("Ну и что?", "так, я рада слухати джаз"));
        List<String> b = new ArrayList<>(List.of("So what?", "yes, I am happy to listen to jazz"));
        List<String> rest = text(new Random(7), 10);
        a.addAll(rest);
        b.addAll(rest.stream().map(ParallelAlignerTest::translate).toList());
        Features space = new Features(TokenKeys.DEFAULT, Lexicon.empty());
        ParallelAligner.Job job = new ParallelAligner.Job(space, space.extract(a), space.extract(b));
        // endTerm(i, j) compares the ends of A line i - 1 and B line j - 1.
        assertThat(job.endTerm(1, 1)).isPositive();
        assertThat(job.endTerm(2, 2)).isPositive();
        assertThat(job.endTerm(1, 2)).isNegative();
        assertThat(job.endTerm(1, 3)).isNegative();
        // startTerm(i, j) compares the starts of A line i and B line j.
        assertThat(job.startTerm(1, 1)).isPositive();
        assertThat(job.startTerm(1, 0)).isNegative();
    }
}
