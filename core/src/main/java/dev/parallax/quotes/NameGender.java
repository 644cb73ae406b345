package dev.parallax.quotes;

import dev.parallax.internal.DataFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses a person's gender from their name, so that a pronoun is not resolved to a person it
 * cannot stand for.
 *
 * <pre>{@code
 * NameGender.builtIn().of("Мария Захарова");  // 'f'
 * NameGender.builtIn().of("Sergey Lavrov");   // 'm'
 * NameGender.builtIn().of("Donald Trump");    // '?'
 * }</pre>
 *
 * <p>Reads the surname and given-name endings of {@code dictionaries/quotes/name-gender.tsv} and a
 * few courtesy titles. Immutable and safe for concurrent use.
 */
final class NameGender {
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "frau", "madame", "mme", "госпожа");
    private static final Set<String> MALE_TITLES = Set.of("mr", "herr", "monsieur", "господин");

    private record Ending(String ending, char gender) {}

    private final List<Ending> last;
    private final List<Ending> first;

    private NameGender(List<Ending> last, List<Ending> first) {
        this.last = last;
        this.first = first;
    }

    private static final class Holder {
        static final NameGender INSTANCE = load();
    }

    /** The built-in endings, read once. */
    static NameGender builtIn() {
        return Holder.INSTANCE;
    }

    private static NameGender load() {
        List<DataFiles.Line> lines = DataFiles.lines("quotes/name-gender.tsv");
        List<Ending> last = new ArrayList<>();
        List<Ending> first = new ArrayList<>();
        for (DataFiles.Line line : lines.subList(1, lines.size())) {
            String[] f = line.fields(3);
            if (!f[2].equals("m") && !f[2].equals("f")) {
                throw line.malformed("gender must be m or f, got " + f[2]);
            }
            Ending e = new Ending(f[1].toLowerCase(Locale.ROOT), f[2].charAt(0));
            switch (f[0]) {
                case "last" -> last.add(e);
                case "first" -> first.add(e);
                default -> throw line.malformed("word must be last or first, got " + f[0]);
            }
        }
        Comparator<Ending> longestFirst =
                Comparator.comparingInt((Ending e) -> -e.ending().length());
        last.sort(longestFirst);
        first.sort(longestFirst);
        return new NameGender(List.copyOf(last), List.copyOf(first));
    }

    /** {@code 'm'}, {@code 'f'}, or {@code '?'} when the name does not tell. */
    char of(String name) {
        if (name == null || name.isBlank()) {
            return '?';
        }
        String[] words = name.toLowerCase(Locale.ROOT).trim().split("[\\s.]+");
        for (String w : words) {
            if (FEMALE_TITLES.contains(w)) {
                return 'f';
            }
            if (MALE_TITLES.contains(w)) {
                return 'm';
            }
        }
        if (words.length < 2) {
            return '?'; // a lone word may be an inflected surname ("Лаврова" is Лавров's genitive)
        }
        char g = match(last, words[words.length - 1]);
        return g != '?' ? g : match(first, words[0]);
    }

    private static char match(List<Ending> endings, String word) {
        for (Ending e : endings) {
            if (word.length() > e.ending().length() + 1 && word.endsWith(e.ending())) {
                return e.gender();
            }
        }
        return '?';
    }
}
