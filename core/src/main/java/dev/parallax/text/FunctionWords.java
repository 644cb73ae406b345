package dev.parallax.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    static {
        List<String> langs = new ArrayList<>();
        Map<String, Integer> words = new HashMap<>();
        String resource = "/dev/parallax/dictionaries/text/function-words.txt";
        try (InputStream in = FunctionWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || langs.size() == 31) {
                    throw new IllegalStateException(resource + ": expected lang<TAB>words, got '" + line + "'");
                }
                int bit = 1 << langs.size();
                langs.add(cols[0].strip());
                for (String w : cols[1].strip().split(" +")) {
                    words.merge(w, bit, (x, y) -> x | y);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        LANGS = List.copyOf(langs);
        WORDS = Map.copyOf(words);
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
        StringBuilder w = new StringBuilder();
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
                continue;
            }
            if (c == '\'' || c == '’') {
                // "l'État", "qu'il": the elided article is a word of its own.
                if (w.length() > 0 && w.length() <= 2) {
                    words += count(w, counts);
                    w.setLength(0);
                }
                continue;
            }
            if (w.length() > 0) {
                words += count(w, counts);
                w.setLength(0);
            }
        }
        return new Vote(words, counts);
    }

    private static int count(StringBuilder w, int[] counts) {
        Integer bits = w.length() <= 12 ? WORDS.get(w.toString()) : null;
        if (bits != null) {
            for (int i = 0; i < counts.length; i++) {
                if ((bits & (1 << i)) != 0) {
                    counts[i]++;
                }
            }
        }
        return 1;
    }
}
