package dev.parallax.report;

import com.ibm.icu.text.Normalizer2;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features the report compares sentences and quotes by: stems of content words, numbers by
 * value ({@code #1000} for "1,000" and "1000"), and entity ids ({@code @~vldmr-mdnsk}).
 * Stateless and safe for concurrent use.
 */
final class Features {
    private Features() {}

    static final Set<String> STOP = Set.copyOf(List.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "of",
            "to",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "with",
            "without",
            "as",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "will",
            "would",
            "shall",
            "should",
            "can",
            "could",
            "may",
            "might",
            "must",
            "that",
            "this",
            "these",
            "those",
            "it",
            "its",
            "he",
            "she",
            "they",
            "them",
            "his",
            "her",
            "their",
            "we",
            "our",
            "us",
            "you",
            "your",
            "i",
            "me",
            "my",
            "which",
            "who",
            "whom",
            "whose",
            "what",
            "when",
            "where",
            "why",
            "how",
            "not",
            "no",
            "also",
            "than",
            "then",
            "there",
            "here",
            "so",
            "such",
            "into",
            "over",
            "under",
            "about",
            "after",
            "before",
            "between",
            "during",
            "while",
            "if",
            "each",
            "both",
            "all",
            "any",
            "some",
            "more",
            "most",
            "other",
            "own",
            "same",
            "only",
            "very",
            "just",
            "up",
            "out",
            "per",
            "said",
            "says",
            "told",
            "according",
            "however",
            "и",
            "в",
            "во",
            "не",
            "что",
            "на",
            "с",
            "со",
            "по",
            "как",
            "это",
            "он",
            "она",
            "они",
            "к",
            "у",
            "за",
            "из",
            "о",
            "об",
            "от",
            "для",
            "же",
            "бы",
            "ли",
            "і",
            "й",
            "та",
            "що",
            "з",
            "від",
            "до",
            "це",
            "der",
            "die",
            "das",
            "und",
            "ist",
            "mit",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "le",
            "la",
            "les",
            "et",
            "des",
            "du",
            "un",
            "une",
            "est",
            "dans",
            "pour"));

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** Features of {@code text[start, end)} plus the given entity ids; insertion-ordered, no duplicates. */
    static Set<String> of(String text, int start, int end, List<String> entityIds) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : entityIds) {
            out.add("@" + id);
        }
        for (Quantities.Quantity q : Quantities.find(text, start, end)) {
            String v = q.value() == Math.rint(q.value()) ? Long.toString((long) q.value()) : Double.toString(q.value());
            out.add("#" + v);
        }
        for (Token t : Tokenizer.tokenize(text, start, end)) {
            if (!t.isWord()) {
                continue;
            }
            String w = NameStage.bare(t.text()).toLowerCase(Locale.ROOT);
            if (w.length() < 3 || STOP.contains(w) || Quantities.isNumberWord(w)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    /**
     * A light suffix-stripping stem, script-agnostic: accents dropped, common English, Russian and
     * Ukrainian endings removed, cut to six letters. {@code stem("lasted")} and {@code
     * stem("lasting")} are both {@code "last"}.
     */
    static String stem(String word) {
        String d = NFD.normalize(word);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        String w = sb.toString();
        for (String suf : SUFFIXES) {
            if (w.length() - suf.length() >= 4 && w.endsWith(suf)) {
                w = w.substring(0, w.length() - suf.length());
                break;
            }
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }

    private static final List<String> SUFFIXES = List.of(
            "ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s", "ами", "ями", "ого", "его", "ому",
            "ему", "ыми", "ими", "ой", "ей", "ая", "яя", "ые", "ие", "ых", "их", "ов", "ев", "ам", "ям", "ом", "ем",
            "а", "я", "ы", "и", "у", "ю", "е", "о");
}
