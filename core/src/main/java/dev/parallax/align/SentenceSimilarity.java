package dev.parallax.align;

import java.util.Objects;

/**
 * A cross-lingual similarity of two sentences in 0..1, for matching quotes and facts across outlets
 * and languages without a translation model.
 *
 * <p>{@code SentenceSimilarity.defaults().score("Зеленський зустрівся з Макроном 16 травня.",
 * "Zelensky met Macron on May 16.")} is about 0.6 (names and the date match), while two unrelated
 * sentences score near 0. The score is a weighted cosine over language-independent keys: numbers
 * and dates in any notation (weight 1.5), names, cognates and identical words through
 * script-independent keys (1.0), lexicon entries when a {@link Lexicon} is given (1.0), and quote
 * and sentence punctuation (0.3). Without document statistics every key of a kind weighs the same;
 * {@link ComparableMatcher} and {@link FactClusterer} add TF-IDF weights over a whole set.
 *
 * <p>Classic misuse: comparing scores of sentence pairs in different language pairs. A same-language
 * pair shares function words and scores higher than a faithful translation into another script.
 *
 * <p>Immutable and safe for concurrent use.
 */
public final class SentenceSimilarity {
    private final Lexicon lexicon;
    private final TokenKeys.KeyFunction keyFunction;

    private SentenceSimilarity(Lexicon lexicon, TokenKeys.KeyFunction keyFunction) {
        this.lexicon = lexicon;
        this.keyFunction = keyFunction;
    }

    /** The similarity without lexicon. */
    public static SentenceSimilarity defaults() {
        return new SentenceSimilarity(Lexicon.empty(), TokenKeys.DEFAULT);
    }

    /** A copy that also counts word pairs of the given lexicon. */
    public SentenceSimilarity withLexicon(Lexicon lexicon) {
        return new SentenceSimilarity(Objects.requireNonNull(lexicon, "lexicon"), keyFunction);
    }

    /** The similarity of two sentences, 0 (nothing shared) to 1 (the same keys). */
    public double score(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Features space = new Features(keyFunction, lexicon);
        Features.Sent fa = space.extract(a);
        Features.Sent fb = space.extract(b);
        ComparableMatcher.Vector va = vector(space, fa);
        ComparableMatcher.Vector vb = vector(space, fb);
        return Math.max(0, Math.min(1, va.cos(vb)));
    }

    private static ComparableMatcher.Vector vector(Features space, Features.Sent s) {
        double[] w = new double[s.keys.length];
        for (int q = 0; q < w.length; q++) {
            w[q] = ComparableMatcher.KIND_WEIGHT[space.kind(s.keys[q])];
        }
        return new ComparableMatcher.Vector(s.keys, w);
    }
}
