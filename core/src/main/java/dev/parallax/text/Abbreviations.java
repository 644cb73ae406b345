package dev.parallax.text;

import dev.parallax.internal.DataFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Abbreviations after which a period does not end a sentence, per language, read from {@code
 * dictionaries/text/abbreviations-<lang>.txt} plus the shared {@code abbreviations-common.txt}.
 *
 * <p>File format: one abbreviation per line as written ({@code Dr.}, {@code U.S.}, {@code т. е.};
 * each space-separated part counts on its own), optionally followed by a tab and the flag {@code
 * after-number}, which marks an abbreviation that ends a sentence when it follows a number ({@code
 * 2022 г.}, {@code 9 a.m.}) but not otherwise ({@code г. Москва}). {@code #} starts a comment line.
 */
final class Abbreviations {
    enum Kind {
        NONE,
        ALWAYS,
        UNLESS_AFTER_NUMBER
    }

    static final List<String> LANGUAGES = List.of("en", "ru", "uk", "de", "fr", "es", "it", "pl");

    private final Map<String, Kind> entries;

    private Abbreviations(Map<String, Kind> entries) {
        this.entries = Map.copyOf(entries);
    }

    static Abbreviations forLanguage(String lang) {
        Abbreviations a = Loaded.BY_LANGUAGE.get(lang);
        return a != null ? a : Loaded.COMMON;
    }

    /** What kind of abbreviation {@code word} (without its final period: {@code U.S}, {@code Dr}) is. */
    Kind kind(String word) {
        Kind k = entries.get(word);
        if (k == null && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
            // Sentence-initial capital of a lower-case abbreviation: "Т.е." for "т.е.".
            k = entries.get(word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1));
        }
        return k == null ? Kind.NONE : k;
    }

    private static final class Loaded {
        static final Abbreviations COMMON = new Abbreviations(read("common", new HashMap<>()));
        static final Map<String, Abbreviations> BY_LANGUAGE = load();

        private static Map<String, Abbreviations> load() {
            Map<String, Abbreviations> m = new HashMap<>();
            for (String lang : LANGUAGES) {
                Map<String, Kind> entries = read("common", new HashMap<>());
                m.put(lang, new Abbreviations(read(lang, entries)));
            }
            return Map.copyOf(m);
        }

        private static Map<String, Kind> read(String name, Map<String, Kind> into) {
            for (DataFiles.Line line : DataFiles.lines("text/abbreviations-" + name + ".txt")) {
                String[] cols = line.text().split("\t");
                Kind kind = Kind.ALWAYS;
                if (cols.length > 1) {
                    if (!cols[1].strip().equals("after-number")) {
                        throw line.malformed("unknown flag '" + cols[1] + "', expected after-number");
                    }
                    kind = Kind.UNLESS_AFTER_NUMBER;
                }
                for (String part : cols[0].strip().split(" +")) {
                    if (!part.endsWith(".") || part.length() < 2) {
                        throw line.malformed("'" + part + "' must be letters ending with a period");
                    }
                    into.put(part.substring(0, part.length() - 1), kind);
                }
            }
            return into;
        }
    }
}
