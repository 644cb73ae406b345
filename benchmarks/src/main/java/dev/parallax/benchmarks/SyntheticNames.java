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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * A deterministic synthetic entity dictionary for the benchmarks, built only from data the product
 * ships, by transliteration, with the shape of a real people-and-places gazetteer:
 *
 * <ul>
 *   <li>Ukrainian and Russian people (half the people): given names and surnames from the
 *       Ukrainian/Russian name-part table, given names weighted by their frequency in the Wikidata
 *       table, a patronymic for half of them; variants in Russian ("Сергеев Андрей Викторович"),
 *       Ukrainian and the Ukrainian national romanisation ("Andrii Serhieiev").
 *   <li>other people: Wikidata name tokens (the 400 most frequent as given names, weighted by
 *       frequency), in Russian and BGN/PCGN.
 *   <li>places (two in five entities): the built-in Ukrainian, Russian and Belarusian places, and
 *       settlements formed as such names are (Петрівка/Петровка, Коваленкове/Коваленково, Нова
 *       Петрівка/Новая Петровка) from the same name parts, in Ukrainian, Russian and both
 *       romanisations.
 * </ul>
 *
 * <p>Queries mix, in fixed proportions, dictionary forms (a quarter), people written by other
 * systems and in other orders, with initials or in capitals (three in ten), places in other
 * romanisations or inflected ("у Петрівці", a fifth), and names of nobody: given names with
 * surnames nobody in the dictionary has with them, and settlements that do not exist (a quarter).
 */
final class SyntheticNames {
    private SyntheticNames() {}

    record Data(String dictionaryTsv, List<String> queries, int people, int places) {}

    private static final String LINGUISTIC = "/dev/parallax/dictionaries/linguistic/";

    private static final Romanizer UK_NATIONAL = Romanizer.of("uk-Latn-national2010");
    private static final Romanizer UK_BGN = Romanizer.of("uk-Latn-bgnpcgn");
    private static final Romanizer RU_BGN = Romanizer.of("ru-Latn-bgnpcgn");
    private static final Romanizer[] RU_OTHERS = {
        Romanizer.of("ru-Latn-german"),
        Romanizer.of("ru-Latn-polish"),
        Romanizer.of("ru-Latn-icao"),
        Romanizer.of("ru-Latn-french"),
        Romanizer.of("ru-Latn-alalc")
    };

    /** One name part in its Ukrainian and Russian forms. */
    private record Part(String uk, String ru) {}

    /** One entity's parts: a person's surname, given name, patronymic (or null), or a place's name. */
    private record Person(Part surname, Part given, Part patronymic, boolean slavic) {}

    static Data build(int entities, int queries, long seed) {
        Random rnd = new Random(seed);
        List<String[]> wikidata = table("wikidata_latin_russian.tsv.gz");
        List<String[]> uaRu = table("ua_ru_name_parts.tsv.gz");
        java.util.Map<String, Integer> frequency = new java.util.HashMap<>();
        List<String[]> wd = new ArrayList<>();
        for (String[] f : wikidata) {
            if (f.length == 3 && f[1].length() >= 3 && f[1].chars().allMatch(c -> c >= 'а' && c <= 'я')) {
                wd.add(f);
                frequency.merge(f[1], Integer.parseInt(f[2]), Integer::sum);
            }
        }
        wd.sort(Comparator.comparingInt((String[] f) -> -Integer.parseInt(f[2])).thenComparing(f -> f[1]));
        List<String> foreignGiven = new ArrayList<>();
        List<Integer> foreignWeights = new ArrayList<>();
        List<String> foreignSurnames = new ArrayList<>();
        for (int i = 0; i < wd.size(); i++) {
            if (i < 400) {
                foreignGiven.add(capital(wd.get(i)[1]));
                foreignWeights.add(Integer.parseInt(wd.get(i)[2]));
            } else {
                foreignSurnames.add(capital(wd.get(i)[1]));
            }
        }
        List<Part> slavicGiven = new ArrayList<>();
        List<Integer> slavicWeights = new ArrayList<>();
        List<Part> slavicSurnames = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String[] f : uaRu) {
            if (f.length < 2 || f[0].isEmpty() || f[1].isEmpty() || !seen.add(f[1])) {
                continue;
            }
            Part p = new Part(f[0], f[1]);
            String ru = f[1].toLowerCase(Locale.ROOT);
            if (ru.matches(".*(ович|евич|овна|евна|ична|ая|яя)$") || !Character.isUpperCase(f[1].charAt(0))) {
                continue; // patronymics and feminine forms are derived below
            }
            if (ru.matches(".*(ский|цкий|ской|ов|ев|ёв|ин|ын|енко|ко|ук|юк|чук|як|ик|ец|ой|ый)$")) {
                slavicSurnames.add(p);
            } else if (frequency.getOrDefault(ru, 0) >= 30) {
                slavicGiven.add(p);
                slavicWeights.add(frequency.get(ru));
            }
        }
        Function<Random, Part> given = weighted(slavicGiven, slavicWeights);
        Function<Random, String> foreign = weighted(foreignGiven, foreignWeights);

        int placeCount = entities * 2 / 5;
        int personCount = entities - placeCount;
        StringBuilder tsv = new StringBuilder(entities * 96);
        tsv.append("id\ttype\tname\tlang\n");
        List<Person> people = new ArrayList<>(personCount);
        Set<String> taken = new HashSet<>();
        for (int e = 0; e < personCount; e++) {
            String id = "P" + e;
            if (e % 2 == 0) {
                Part s = slavicSurnames.get(rnd.nextInt(slavicSurnames.size()));
                Part g = given.apply(rnd);
                Part pat = rnd.nextBoolean() ? patronymic(given.apply(rnd)) : null;
                people.add(new Person(s, g, pat, true));
                taken.add(g.ru + " " + s.ru);
                String ruName = s.ru + " " + g.ru + (pat == null ? "" : " " + pat.ru);
                String ukName = s.uk + " " + g.uk + (pat == null ? "" : " " + pat.uk);
                row(tsv, id, "PERSON", ruName, "ru");
                row(tsv, id, "PERSON", ukName, "uk");
                row(tsv, id, "PERSON", UK_NATIONAL.apply(g.uk + " " + s.uk), "en");
            } else {
                String s = foreignSurnames.get(rnd.nextInt(foreignSurnames.size()));
                String g = foreign.apply(rnd);
                people.add(new Person(new Part(s, s), new Part(g, g), null, false));
                taken.add(g + " " + s);
                row(tsv, id, "PERSON", s + " " + g, "ru");
                row(tsv, id, "PERSON", RU_BGN.apply(g) + " " + RU_BGN.apply(s), "en");
            }
        }
        List<Part> places = new ArrayList<>(placeCount);
        for (String[] f : builtInPlaces()) {
            if (places.size() < placeCount / 10) {
                places.add(new Part(f[0], f[1]));
            }
        }
        Set<String> placeNames = new HashSet<>();
        while (places.size() < placeCount) {
            Part p = settlement(
                    rnd, rnd.nextBoolean() ? given.apply(rnd) : slavicSurnames.get(rnd.nextInt(slavicSurnames.size())));
            if (placeNames.add(p.ru)) {
                places.add(p);
            }
        }
        for (int i = 0; i < places.size(); i++) {
            Part p = places.get(i);
            String id = "L" + i;
            row(tsv, id, "PLACE", p.uk, "uk");
            if (!p.ru.equals(p.uk)) {
                row(tsv, id, "PLACE", p.ru, "ru");
            }
            row(tsv, id, "PLACE", UK_NATIONAL.apply(p.uk), "en");
            row(tsv, id, "PLACE", RU_BGN.apply(p.ru), "en");
        }

        List<String> q = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            int kind = i % 20;
            Person p = people.get(rnd.nextInt(people.size()));
            Part place = places.get(rnd.nextInt(places.size()));
            Romanizer other = RU_OTHERS[rnd.nextInt(RU_OTHERS.length)];
            if (kind < 3) {
                q.add(p.surname.ru + " " + p.given.ru);
            } else if (kind < 5) {
                q.add(rnd.nextBoolean() ? place.uk : UK_NATIONAL.apply(place.uk));
            } else if (kind < 9) {
                String g = p.slavic && rnd.nextBoolean() ? UK_BGN.apply(p.given.uk) : other.apply(p.given.ru);
                String s = p.slavic && rnd.nextBoolean() ? UK_BGN.apply(p.surname.uk) : other.apply(p.surname.ru);
                q.add(rnd.nextBoolean() ? g + " " + s : s + ", " + g);
            } else if (kind == 9) {
                q.add(other.apply(p.given.ru).charAt(0) + ". " + other.apply(p.surname.ru));
            } else if (kind == 10) {
                q.add((RU_BGN.apply(p.given.ru) + " " + RU_BGN.apply(p.surname.ru)).toUpperCase(Locale.ROOT));
            } else if (kind < 13) {
                q.add(other.apply(place.ru));
            } else if (kind == 13) {
                q.add(locative(place));
            } else if (kind < 15) {
                q.add("Deputy Minister " + UK_NATIONAL.apply(p.given.uk + " " + p.surname.uk));
            } else if (kind < 18) {
                // nobody: a given name with a surname nobody in the dictionary has with it
                Person o = people.get(rnd.nextInt(people.size()));
                if (taken.contains(p.given.ru + " " + o.surname.ru)) {
                    o = p;
                }
                q.add(other.apply(p.given.ru) + " " + other.apply(o.surname.ru));
            } else {
                // nowhere: a settlement formed from a part nobody named one after
                Part made = settlement(rnd, slavicSurnames.get(rnd.nextInt(slavicSurnames.size())));
                q.add(placeNames.contains(made.ru) ? other.apply(place.ru + "ка") : other.apply(made.ru));
            }
        }
        return new Data(tsv.toString(), List.copyOf(q), personCount, placeCount);
    }

    /** The patronymic formed from a given name (Андрей: Андреевич, Андрійович). */
    private static Part patronymic(Part given) {
        return new Part(patronymic(given.uk, true), patronymic(given.ru, false));
    }

    private static String patronymic(String name, boolean uk) {
        char last = name.charAt(name.length() - 1);
        if (last == 'й') {
            return uk ? name + "ович" : name.substring(0, name.length() - 1) + "евич";
        }
        if ("аояоеиіуюь".indexOf(last) >= 0) {
            return name.substring(0, name.length() - 1) + "ович";
        }
        return name + "ович";
    }

    /** A settlement named after a person, the way Ukrainian and Russian villages are. */
    private static Part settlement(Random rnd, Part from) {
        String uk = stem(from.uk);
        String ru = stem(from.ru);
        Part p =
                switch (rnd.nextInt(4)) {
                    case 0 -> new Part(uk + "івка", ru + "овка");
                    case 1 -> new Part(uk + "ове", ru + "ово");
                    case 2 -> new Part(uk + "ичі", ru + "ичи");
                    default -> new Part(uk + "івськ", ru + "овск");
                };
        return switch (rnd.nextInt(6)) {
            case 0 -> new Part("Нова " + p.uk, "Новая " + p.ru);
            case 1 -> new Part("Велика " + p.uk, "Большая " + p.ru);
            default -> p;
        };
    }

    private static String stem(String name) {
        String s = name;
        while (s.length() > 3 && "аояоеиіуюйь".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** "у Петрівці", "в Петровке": a place in -ка in the locative case; others as they are. */
    private static String locative(Part place) {
        if (place.uk.endsWith("ка")) {
            return "у " + place.uk.substring(0, place.uk.length() - 2) + "ці";
        }
        if (place.ru.endsWith("ка")) {
            return "в " + place.ru.substring(0, place.ru.length() - 1) + "е";
        }
        return place.ru;
    }

    /** The built-in places' first Ukrainian and Russian forms, where an entity has both. */
    private static List<String[]> builtInPlaces() {
        List<String[]> out = new ArrayList<>();
        for (String file : List.of("ukraine-places.tsv", "russia-belarus-places.tsv")) {
            java.util.Map<String, String[]> byId = new java.util.LinkedHashMap<>();
            for (String[] f : rows("/dev/parallax/dictionaries/entities/" + file, false)) {
                if (f.length == 4 && f[1].equals("PLACE")) {
                    String[] forms = byId.computeIfAbsent(f[0], k -> new String[2]);
                    if (f[3].equals("uk") && forms[0] == null) {
                        forms[0] = f[2];
                    } else if (f[3].equals("ru") && forms[1] == null) {
                        forms[1] = f[2];
                    }
                }
            }
            for (String[] forms : byId.values()) {
                if (forms[0] != null || forms[1] != null) {
                    out.add(new String[] {forms[0] != null ? forms[0] : forms[1], forms[1] != null ? forms[1] : forms[0]
                    });
                }
            }
        }
        return out;
    }

    private static <T> Function<Random, T> weighted(List<T> items, List<Integer> weights) {
        long[] cumulative = new long[items.size()];
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
        long sum = total;
        return r -> {
            long x = (long) (r.nextDouble() * sum);
            int i = java.util.Arrays.binarySearch(cumulative, x + 1);
            return items.get(i >= 0 ? i : -i - 1);
        };
    }

    private static void row(StringBuilder tsv, String id, String type, String name, String lang) {
        tsv.append(id)
                .append('\t')
                .append(type)
                .append('\t')
                .append(name)
                .append('\t')
                .append(lang)
                .append('\n');
    }

    private static List<String[]> table(String name) {
        return rows(LINGUISTIC + name, true);
    }

    private static List<String[]> rows(String resource, boolean gzip) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream raw = Romanizer.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
