package dev.parallax.align;

import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence features shared by the parallel aligner, the comparable matcher and the similarity:
 * length, and the sorted ids of the language-independent keys a sentence carries (numbers and
 * dates, folded name and cognate keys, quote and sentence punctuation, lexicon entries).
 *
 * <p>One instance is a key space for one job (a document pair or a document set): keys of both
 * sides get their ids from it, so that equal ids mean a possible correspondence. Not thread-safe;
 * each aligner call builds its own.
 */
final class Features {
    static final int NUM = 0;
    static final int COGNATE = 1;
    static final int PUNCT = 2;
    static final int LEXICON = 3;
    static final int LEARNED = 4;
    /**
     * Per-document lexicon keys of the parallel aligner ({@link #addLexiconPairs}): a word of A
     * (LEX_A) or of B (LEX_B) that meets its translations on the other side. Each is evidence in its
     * own direction only, so one word pair is counted once per direction.
     */
    static final int LEX_A = 5;

    static final int LEX_B = 6;
    static final int KINDS = 7;

    /** Prefix length of cognate keys: long enough to avoid chance matches, short enough for inflection. */
    static final int STEM = 5;

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] kinds = new int[256];
    private final TokenKeys.KeyFunction keyFunction;
    private final Lexicon lexicon;
    private final Map<String, int[]> wordKeys = new HashMap<>();

    /** One sentence's features. */
    static final class Sent {
        final int length;
        int[] keys;
        /** Lower-cased word stems as ids of a per-side word space (for in-document lexicon learning). */
        final String[] words;
        /** The lower-cased words, kept only when lexicon pairs are to be added ({@link #keepWords}). */
        String[] full;
        /** Number of sentences in the line (1 + sentence boundaries found inside it). */
        final int segments;
        /** How the line ends, see {@link #finalMark}. */
        final int end;
        /** How the line starts, see {@link #startClass}. */
        final int start;

        Sent(int length, int[] keys, String[] words, int segments, int end, int start) {
            this.length = length;
            this.keys = keys;
            this.words = words;
            this.segments = segments;
            this.end = end;
            this.start = start;
        }
    }

    /** Whether sentences keep their full lower-cased words (for {@link #addLexiconPairs}). */
    private final boolean keepWords;

    Features(TokenKeys.KeyFunction keyFunction, Lexicon lexicon) {
        this(keyFunction, lexicon, false);
    }

    /**
     * A key space; with {@code keepWords} each sentence keeps its lower-cased words so that {@link
     * #addLexiconPairs} can link them after both sides are read.
     */
    Features(TokenKeys.KeyFunction keyFunction, Lexicon lexicon, boolean keepWords) {
        this.keyFunction = keyFunction;
        this.lexicon = lexicon;
        this.keepWords = keepWords;
    }

    int size() {
        return ids.size();
    }

    int kind(int id) {
        return kinds[id];
    }

    int id(String key, int kind) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        int n = ids.size();
        ids.put(key, n);
        if (n == kinds.length) {
            kinds = Arrays.copyOf(kinds, n * 2);
        }
        kinds[n] = kind;
        return n;
    }

    /** Extracts the features of each sentence of one side. */
    Sent[] extract(List<String> sentences) {
        Sent[] out = new Sent[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = extract(sentences.get(i));
        }
        return out;
    }

    Sent extract(String s) {
        List<Token> tokens = Tokenizer.tokenize(s);
        IntSet keys = new IntSet();
        List<String> words = new ArrayList<>(tokens.size());
        List<String> full = keepWords ? new ArrayList<>(tokens.size()) : null;
        int length = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp)) {
                length++;
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            String text = tok.text();
            switch (tok.kind()) {
                case NUMBER:
                    NumberKeys.keys(text, k -> keys.add(id("n" + k, NUM)));
                    break;
                case WORD: {
                    // Sentence-initial capitals mean less than inner ones: the position is part of the key.
                    String cacheKey = t == 0 ? "\u0000" + text : text;
                    int[] cached = wordKeys.get(cacheKey);
                    if (cached == null) {
                        cached = wordKeys(text, tokens, t);
                        // Month words depend on their neighbours; everything else on the word alone.
                        if (NumberKeys.month(text) == 0) {
                            wordKeys.put(cacheKey, cached);
                        }
                    }
                    for (int k : cached) {
                        keys.add(k);
                    }
                    String lower = text.toLowerCase(Locale.ROOT);
                    words.add(lower.length() > 6 ? lower.substring(0, 6) : lower);
                    if (full != null) {
                        full.add(lower);
                    }
                    break;
                }
                default: {
                    String p = punctKey(text.codePointAt(0));
                    if (p != null) {
                        keys.add(id(p, PUNCT));
                    }
                }
            }
        }
        Sent sent = new Sent(
                length,
                keys.toSortedArray(),
                words.toArray(new String[0]),
                1 + innerBoundaries(tokens),
                finalMark(tokens),
                startClass(tokens));
        if (full != null) {
            sent.full = full.toArray(new String[0]);
        }
        return sent;
    }

    /**
     * Links the words of two sides through a lexicon, for this document only: a word {@code a} of A
     * whose lexicon translations occur (as words of B, see {@link #sameWord}) in B gets one key
     * {@code LEX_A a}, carried by the A sentences that contain {@code a} and by the B sentences that
     * contain any of those translations; the same from B to A with {@code LEX_B} keys. So each word
     * counts at most once per direction however many translations it has, and how often a random
     * sentence of the other side carries its key (the chance rate the aligner weighs it against) is
     * counted in the document itself: a word with many translations, or with a translation found in
     * many sentences, is weak evidence; a word whose translations do not occur at all is none.
     *
     * <p>With {@code Berg -> montagne}, the sentences "Der Berg ruft." and "La montagne appelle."
     * share the key of "berg" (and that of "montagne", from the other side).
     */
    void addLexiconPairs(Lexicon lex, Sent[] fa, Sent[] fb) {
        if (lex == null || lex.isEmpty()) {
            return;
        }
        Map<String, int[]> keysA = new HashMap<>();
        Map<String, int[]> keysB = new HashMap<>();
        linkWords(lex, vocabulary(fa), vocabulary(fb), LEX_A, "la", keysA, keysB);
        linkWords(lex, vocabulary(fb), vocabulary(fa), LEX_B, "lb", keysB, keysA);
        addWordKeys(fa, keysA);
        addWordKeys(fb, keysB);
    }

    private static java.util.Set<String> vocabulary(Sent[] side) {
        java.util.Set<String> v = new java.util.LinkedHashSet<>();
        for (Sent s : side) {
            v.addAll(Arrays.asList(s.full));
        }
        return v;
    }

    /**
     * For each word of {@code from} with translations among the words of {@code to}: a key for the
     * word ({@code fromKeys}) and the same key for each of those translations ({@code toKeys}).
     */
    private void linkWords(
            Lexicon lex,
            java.util.Set<String> from,
            java.util.Set<String> to,
            int kind,
            String prefix,
            Map<String, int[]> fromKeys,
            Map<String, int[]> toKeys) {
        // The other side's words by their first three letters: candidates for an inflected form.
        Map<String, List<String>> byHead = new HashMap<>();
        for (String w : to) {
            byHead.computeIfAbsent(w.length() > 3 ? w.substring(0, 3) : w, k -> new ArrayList<>(2))
                    .add(w);
        }
        for (String w : from) {
            java.util.Set<String> tr = lex.translations(w);
            if (tr.isEmpty()) {
                continue;
            }
            java.util.Set<String> found = new java.util.LinkedHashSet<>();
            for (String t : tr) {
                List<String> cand = byHead.get(t.length() > 3 ? t.substring(0, 3) : t);
                if (cand == null) {
                    continue;
                }
                for (String c : cand) {
                    if (sameWord(t, c)) {
                        found.add(c);
                    }
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            int id = id(prefix + "\u0000" + w, kind);
            fromKeys.merge(w, new int[] {id}, Features::concat);
            for (String c : found) {
                toKeys.merge(c, new int[] {id}, Features::concat);
            }
        }
    }

    private static int[] concat(int[] x, int[] y) {
        int[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    private static void addWordKeys(Sent[] side, Map<String, int[]> byWord) {
        for (Sent s : side) {
            IntSet set = new IntSet();
            for (int k : s.keys) {
                set.add(k);
            }
            for (String w : s.full) {
                int[] ks = byWord.get(w);
                if (ks != null) {
                    for (int k : ks) {
                        set.add(k);
                    }
                }
            }
            s.keys = set.toSortedArray();
        }
    }

    /**
     * Whether a text word is a form of a lexicon word (both lower case): equal, or an inflected form
     * sharing all but at most three final letters with it and at least four letters in all ({@code
     * montagne ~ montagnes}, {@code книга ~ книгами}), or, for short words, three letters with at most
     * two more ({@code дом ~ дома}). Compounds ({@code berg ~ bergsteiger}) and five-letter chance
     * prefixes ({@code monta} of {@code montant}) are not forms.
     */
    static boolean sameWord(String lexWord, String word) {
        if (lexWord.equals(word)) {
            return true;
        }
        int n = Math.min(lexWord.length(), word.length());
        int lcp = 0;
        while (lcp < n && lexWord.charAt(lcp) == word.charAt(lcp)) {
            lcp++;
        }
        int max = Math.max(lexWord.length(), word.length());
        return lcp >= 4 && lcp >= max - 3 || lcp == 3 && max <= 5;
    }

    /** Classes of line starts: capital, small letter, digit, quote mark, dash, other. */
    static final int STARTS = 6;

    /**
     * How a line starts: 0 a capitalised word, 1 a small letter (the line continues a sentence), 2 a
     * digit (list items, dates), 3 a quote mark, 4 a dash (dialogue, lists), 5 anything else or
     * nothing. {@code "— Я ухожу."} and {@code "— I am leaving."} both start with 4.
     */
    static int startClass(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return 5;
        }
        Token first = tokens.get(0);
        switch (first.kind()) {
            case WORD:
                return first.isCapitalized() ? 0 : 1;
            case NUMBER:
                return 2;
            case PUNCT: {
                char c = first.text().charAt(0);
                if (c == '-' || c == '–' || c == '—') {
                    return 4;
                }
                return isOpenOrClose(c) && c != '(' && c != ')' ? 3 : 5;
            }
            default:
                return 5;
        }
    }

    /** Classes of line ends: {@code .}, {@code ?}, {@code !}, {@code …} (or {@code ...}), {@code :}, {@code ;}, none, other. */
    static final int ENDS = 8;

    /**
     * How a line ends, closing quotes and brackets skipped: 0 {@code .}, 1 {@code ?}, 2 {@code !},
     * 3 an ellipsis, 4 {@code :}, 5 {@code ;}, 6 a word or number (no mark: chat lines, titles), 7
     * anything else. A translation keeps it: {@code "Ну и что?"} and {@code "So what?"} both end with 1.
     */
    static int finalMark(List<Token> tokens) {
        int t = tokens.size() - 1;
        while (t >= 0
                && tokens.get(t).kind() == Token.Kind.PUNCT
                && isClosing(tokens.get(t).text().charAt(0))) {
            t--;
        }
        if (t < 0) {
            return 7;
        }
        Token last = tokens.get(t);
        if (last.kind() == Token.Kind.WORD || last.kind() == Token.Kind.NUMBER) {
            return 6;
        }
        switch (last.text().charAt(0)) {
            case '.':
                return t > 0 && tokens.get(t - 1).text().equals(".") ? 3 : 0;
            case '?':
                return 1;
            case '!':
                return 2;
            case '…':
                return 3;
            case ':':
                return 4;
            case ';':
                return 5;
            default:
                return 7;
        }
    }

    private static boolean isClosing(char c) {
        switch (c) {
            case '"':
            case '\'':
            case '»':
            case '”':
            case '’':
            case ')':
            case ']':
                return true;
            default:
                return false;
        }
    }

    /**
     * Sentence boundaries inside one line: a final mark ({@code . ! ? …}), optionally closing quotes
     * or brackets, then a capitalised word (after an optional opening quote or dash). A period after
     * a number ({@code 7. Juli}), a single letter (initials) or a short capitalised word inside the
     * line ({@code Dr.}, {@code St.}) is not counted: a missed boundary costs less here than an invented one.
     *
     * <p>{@code "Пересдаст. Миллионам студентов это известно."} has one; {@code "Dr. Smith came."}
     * none.
     */
    static int innerBoundaries(List<Token> tokens) {
        int count = 0;
        int n = tokens.size();
        for (int t = 1; t < n - 1; t++) {
            Token tok = tokens.get(t);
            if (tok.kind() != Token.Kind.PUNCT || !isFinal(tok.text().charAt(0))) {
                continue;
            }
            Token before = tokens.get(t - 1);
            if (tok.text().charAt(0) == '.') {
                if (before.kind() != Token.Kind.WORD) {
                    // "..." counts from its last period; a number or symbol before one period does not.
                    if (!(before.kind() == Token.Kind.PUNCT
                            && isFinal(before.text().charAt(0)))) {
                        continue;
                    }
                } else {
                    int len = before.text().codePointCount(0, before.text().length());
                    // A short first word is more often a whole sentence ("Нет. Он ушёл.") than a title.
                    boolean firstOfLine = t - 1 == 0;
                    if (len < 2 || (before.isCapitalized() && len <= 3 && !firstOfLine)) {
                        continue;
                    }
                }
            }
            int u = t + 1;
            while (u < n
                    && tokens.get(u).kind() == Token.Kind.PUNCT
                    && isFinal(tokens.get(u).text().charAt(0))) {
                u++;
            }
            if (u > t + 1) {
                // A run of marks ("?!", "...") is one boundary: counted at its last mark.
                continue;
            }
            while (u < n
                    && tokens.get(u).kind() == Token.Kind.PUNCT
                    && isOpenOrClose(tokens.get(u).text().charAt(0))) {
                u++;
            }
            if (u < n
                    && tokens.get(u).kind() == Token.Kind.WORD
                    && tokens.get(u).isCapitalized()) {
                count++;
            }
        }
        return count;
    }

    private static boolean isFinal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isOpenOrClose(char c) {
        switch (c) {
            case '"':
            case '\'':
            case '«':
            case '»':
            case '“':
            case '”':
            case '„':
            case '‘':
            case '’':
            case '(':
            case ')':
            case '-':
            case '–':
            case '—':
                return true;
            default:
                return false;
        }
    }

    /** Keys of one word token (news repeats words, so the caller caches them per job). */
    private int[] wordKeys(String text, List<Token> tokens, int t) {
        IntSet keys = new IntSet();
        String lower = text.toLowerCase(Locale.ROOT);
        int month = NumberKeys.month(lower);
        if (month > 0 && (lower.length() > 3 || adjacentNumber(tokens, t))) {
            keys.add(id("nm" + month, NUM));
        }
        String folded = keyFunction.key(text);
        if (folded.length() >= 4) {
            keys.add(id("c" + (folded.length() > STEM ? folded.substring(0, STEM) : folded), COGNATE));
        } else if (folded.length() >= 2 && isSpecial(text, t)) {
            keys.add(id("c" + folded, COGNATE));
        }
        if (lexicon != null && !lexicon.isEmpty()) {
            // A word meets its translation on the other side through the translation's stem: the
            // word emits its own stem and those of (at most 8 of) its translations, so "Häuser"
            // (stem of "haus") and "maisons" (stem of "maison") share a key whichever side the
            // word list was written for.
            java.util.Set<String> tr = lexicon.translations(lower);
            if (!tr.isEmpty()) {
                keys.add(id("l" + stem(lower), LEXICON));
                int k = 0;
                for (String translation : tr) {
                    if (k++ == 8) {
                        break;
                    }
                    keys.add(id("l" + stem(translation), LEXICON));
                }
            }
        }
        return keys.toSortedArray();
    }

    private static String stem(String lower) {
        return lower.length() > STEM ? lower.substring(0, STEM) : lower;
    }

    private static boolean adjacentNumber(List<Token> tokens, int t) {
        return (t > 0 && tokens.get(t - 1).kind() == Token.Kind.NUMBER)
                || (t + 1 < tokens.size() && tokens.get(t + 1).kind() == Token.Kind.NUMBER);
    }

    /** Short tokens worth matching: acronyms (EU, NATO), mixed case (iOS), capitalised inside a sentence. */
    private static boolean isSpecial(String text, int position) {
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2 || (upper == 1 && !Character.isUpperCase(text.charAt(0))) || (upper == 1 && position > 0);
    }

    private static String punctKey(int cp) {
        switch (cp) {
            case '?':
            case '¿':
                return "p?";
            case '!':
            case '¡':
                return "p!";
            case '"':
            case '«':
            case '»':
            case '“':
            case '”':
            case '„':
            case '‹':
            case '›':
                return "p\"";
            case '(':
            case ')':
            case '[':
            case ']':
                return "p(";
            case ':':
                return "p:";
            case '…':
                return "p…";
            case '%':
                return "p%";
            case '$':
            case '€':
            case '£':
            case '₽':
            case '₴':
                return "p$";
            case '@':
                return "p@";
            case '#':
                return "p#";
            default:
                return null;
        }
    }

    /** A small growable set of ints, sorted on output. */
    static final class IntSet {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toSortedArray() {
            int[] r = Arrays.copyOf(a, n);
            Arrays.sort(r);
            int k = 0;
            for (int i = 0; i < r.length; i++) {
                if (k == 0 || r[k - 1] != r[i]) {
                    r[k++] = r[i];
                }
            }
            return k == r.length ? r : Arrays.copyOf(r, k);
        }
    }
}
