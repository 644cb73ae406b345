package dev.parallax.benchmarks;

import dev.parallax.names.Romanizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * A deterministic synthetic entity dictionary for the benchmarks, built only from data the product
 * ships: Russian name tokens of the Wikidata table (the frequent ones as given names, the rest as
 * surnames), each entity "Surname Given" in Cyrillic plus its BGN/PCGN romanisation; queries are the
 * same people written "Given Surname" by other systems (German, Polish, ICAO), plus names of nobody.
 */
final class SyntheticNames {
    private SyntheticNames() {}

    record Data(String dictionaryTsv, List<String> queries) {}

    static Data build(int entities, int queries, long seed) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream raw = Romanizer.class.getResourceAsStream(
                        "/dev/parallax/dictionaries/linguistic/wikidata_latin_russian.tsv.gz");
                BufferedReader r =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t");
                    if (f.length == 3 && f[1].length() >= 3 && f[1].chars().allMatch(c -> c >= 'а' && c <= 'я')) {
                        rows.add(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.sort(
                Comparator.comparingInt((String[] f) -> -Integer.parseInt(f[2])).thenComparing(f -> f[1]));
        List<String> given = new ArrayList<>();
        List<String> surnames = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String cyr = capital(rows.get(i)[1]);
            (i < 400 ? given : surnames).add(cyr);
        }
        Random rnd = new Random(seed);
        Romanizer bgn = Romanizer.of("ru-Latn-bgnpcgn");
        Romanizer[] others = {
            Romanizer.of("ru-Latn-german"), Romanizer.of("ru-Latn-polish"), Romanizer.of("ru-Latn-icao")
        };
        StringBuilder tsv = new StringBuilder(entities * 64);
        tsv.append("id\ttype\tname\tlang\n");
        List<String[]> people = new ArrayList<>(entities);
        for (int e = 0; e < entities; e++) {
            String s = surnames.get(rnd.nextInt(surnames.size()));
            String g = given.get(rnd.nextInt(given.size()));
            people.add(new String[] {s, g});
            String id = "P" + e;
            tsv.append(id).append("\tPERSON\t").append(s).append(' ').append(g).append("\tru\n");
            tsv.append(id)
                    .append("\tPERSON\t")
                    .append(bgn.apply(g))
                    .append(' ')
                    .append(bgn.apply(s))
                    .append("\ten\n");
        }
        List<String> q = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            String[] p = people.get(rnd.nextInt(people.size()));
            Romanizer rz = others[rnd.nextInt(others.length)];
            if (i % 5 == 4) {
                // nobody: a given name with a surname nobody in the dictionary has with it
                q.add(rz.apply(given.get(rnd.nextInt(given.size()))) + " "
                        + rz.apply(surnames.get(rnd.nextInt(surnames.size()))));
            } else {
                q.add(rz.apply(p[1]) + " " + rz.apply(p[0]));
            }
        }
        return new Data(tsv.toString(), List.copyOf(q));
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
