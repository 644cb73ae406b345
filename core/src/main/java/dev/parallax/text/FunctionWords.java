package dev.parallax.text;

import dev.parallax.internal.DataFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The function-word vote of {@link LanguageIdentifier}: how many words of a text are among the most
 * frequent function words of each listed language ({@code dictionaries/text/function-words.txt}).
 */
final class FunctionWords {
    private static final List<String> LANGS;
    /** Word to bit set of the languages listing it. */
    private static final Map<String, Integer> WORDS;

    /**
     * The same words as an open-addressing table over char arrays: the vote looks words up without
     * making a String of each (it runs on every paragraph).
     */
    private static final char[][] KEYS;

    private static final int[] BITS;

    private static final int MAX_WORD = 12;

    static {
        List<String> langs = new ArrayList<>();
        Map<String, Integer> words = new HashMap<>();
        for (DataFiles.Line line : DataFiles.lines("text/function-words.txt")) {
            String[] cols = line.fields(2);
            if (langs.size() == 31) {
                throw line.malformed("more than 31 languages");
            }
            int bit = 1 << langs.size();
            langs.add(cols[0].strip());
            for (String w : cols[1].strip().split(" +")) {
                words.merge(w, bit, (x, y) -> x | y);
            }
        }
        LANGS = List.copyOf(langs);
        WORDS = Map.copyOf(words);
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) * 2;
        KEYS = new char[size][];
        BITS = new int[size];
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            char[] k = e.getKey().toCharArray();
            int i = slot(hash(k, k.length), size);
            while (KEYS[i] != null) {
                i = (i + 1) & (size - 1);
            }
            KEYS[i] = k;
            BITS[i] = e.getValue();
        }
    }

    private static int hash(char[] w, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + w[i];
        }
        return h;
    }

    private static int slot(int h, int size) {
        return (h ^ (h >>> 16)) * 0x9E3779B1 >>> 8 & (size - 1);
    }

    private static int lookup(char[] w, int len) {
        int size = KEYS.length;
        int i = slot(hash(w, len), size);
        while (KEYS[i] != null) {
            char[] k = KEYS[i];
            if (k.length == len && java.util.Arrays.equals(k, 0, len, w, 0, len)) {
                return BITS[i];
            }
            i = (i + 1) & (size - 1);
        }
        return 0;
    }

    private FunctionWords() {}

    static boolean knows(String lang) {
        return LANGS.contains(lang);
    }

    /** Counts of one text. */
    record Vote(int words, int[] counts) {
        /** Share of the words that are function words of {@code lang}. */
        double share(String lang) {
            int i = LANGS.indexOf(lang);
            return i < 0 || words == 0 ? 0 : counts[i] / (double) words;
        }

        /** The language whose function words clearly dominate, or null. */
        String clearWinner(int minWords, double minShare, double margin) {
            if (words < minWords) {
                return null;
            }
            int best = -1;
            int second = 0;
            for (int i = 0; i < counts.length; i++) {
                if (best < 0 || counts[i] > counts[best]) {
                    if (best >= 0) {
                        second = Math.max(second, counts[best]);
                    }
                    best = i;
                } else {
                    second = Math.max(second, counts[i]);
                }
            }
            if (best < 0 || counts[best] < minShare * words || counts[best] < margin * second) {
                return null;
            }
            return LANGS.get(best);
        }
    }

    static Vote vote(CharSequence text, int start, int end) {
        int[] counts = new int[LANGS.size()];
        int words = 0;
        char[] w = new char[MAX_WORD];
        int len = 0;
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (len < MAX_WORD) {
                    w[len] = Character.toLowerCase(c);
                }
                len++;
                continue;
            }
            if ((c == '\'' || c == '’') && (len == 0 || len > 2)) {
                continue;
            }
            // A word ends here; "l'État", "qu'il": an elided article is a word of its own.
            if (len > 0) {
                words++;
                int bits = len <= MAX_WORD ? lookup(w, len) : 0;
                for (int k = 0; bits != 0; k++, bits >>>= 1) {
                    if ((bits & 1) != 0) {
                        counts[k]++;
                    }
                }
                len = 0;
            }
        }
        return new Vote(words, counts);
    }
}
