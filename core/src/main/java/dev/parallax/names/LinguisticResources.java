package dev.parallax.names;

import dev.parallax.internal.DataFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The always-on linguistic tables of {@code dictionaries/linguistic/}: Ukrainian/Russian name-part
 * equivalents, English-Wikidata/Russian name tokens, inflection endings, title words and place class
 * words. Each table loads once, on first use, and is immutable afterwards; safe for concurrent use.
 */
final class LinguisticResources {
    static final String ROOT = "/dev/parallax/dictionaries/linguistic/";

    private LinguisticResources() {}

    /** Key -> keys of equivalent name parts across Ukrainian and Russian (Олександр = Александр). */
    static Map<String, Set<String>> equivalentKeys() {
        return Equivalents.MAP;
    }

    /** Lower-case Latin token -> its Russian Cyrillic form in Wikidata labels (alexander -> александр). */
    static String wikidataRussian(String latinLower) {
        return Wikidata.MAP.get(latinLower);
    }

    /** Inflection rules, longest ending first: pairs {ending, nominative ending}. */
    static List<String[]> inflections() {
        return Inflections.RULES;
    }

    /** Title and preposition words (lower case). */
    static Set<String> titles() {
        return Titles.SET;
    }

    /** Settlement and building class words a place name may carry or drop (lower case, ё kept). */
    static Set<String> placeWords() {
        return PlaceWords.SET;
    }

    private static final class Equivalents {
        static final Map<String, Set<String>> MAP = load();

        private static Map<String, Set<String>> load() {
            Map<String, Set<String>> m = new HashMap<>();
            for (String[] f : readTsv("ua_ru_name_parts.tsv.gz", 3)) {
                String a = NameKeys.key(f[0]);
                String b = NameKeys.key(f[1]);
                if (a.length() < 2 || b.length() < 2 || a.equals(b)) {
                    continue;
                }
                m.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                m.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
            Map<String, Set<String>> out = new HashMap<>(m.size() * 2);
            m.forEach((k, v) -> out.put(k, Set.copyOf(v)));
            return Map.copyOf(out);
        }
    }

    private static final class Wikidata {
        static final Map<String, String> MAP = load();

        private static Map<String, String> load() {
            Map<String, String> m = new HashMap<>(200_000);
            for (String[] f : readTsv("wikidata_latin_russian.tsv.gz", 3)) {
                m.put(f[0].toLowerCase(Locale.ROOT), f[1]);
            }
            return m;
        }
    }

    private static final class Inflections {
        static final List<String[]> RULES = load();

        private static List<String[]> load() {
            List<String[]> rules = new ArrayList<>();
            boolean header = true;
            for (String[] f : readTsv("inflection.tsv", 2)) {
                if (header) {
                    header = false;
                    continue;
                }
                rules.add(new String[] {f[0], f[1]});
            }
            rules.sort((x, y) -> y[0].length() - x[0].length());
            return List.copyOf(rules);
        }
    }

    private static final class Titles {
        static final Set<String> SET = DataFiles.words("linguistic/titles.txt");
    }

    private static final class PlaceWords {
        static final Set<String> SET = DataFiles.words("linguistic/place_words.txt");
    }

    /** Reads a UTF-8 (optionally gzipped) table; '#' lines skipped; rows padded to {@code fields}. */
    static List<String[]> readTsv(String name, int fields) {
        String path = ROOT + name;
        List<String[]> rows = new ArrayList<>();
        try (InputStream raw = LinguisticResources.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("resource " + path + " is missing from the classpath");
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < fields) {
                    String[] g = new String[fields];
                    for (int i = 0; i < fields; i++) {
                        g[i] = i < f.length ? f[i] : "";
                    }
                    f = g;
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
        return rows;
    }
}
