package dev.parallax.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RomanizerTest {
    /** Systems of the official examples file -> our rule set; every example must pass. */
    private static final Map<String, String> SYSTEM_OF = new LinkedHashMap<>();

    static {
        SYSTEM_OF.put("ua-ukr-Cyrl-Latn-2010", "uk-Latn-national2010");
        SYSTEM_OF.put("un-ukr-Cyrl-Latn-2012", "uk-Latn-national2010");
        SYSTEM_OF.put("bgnpcgn-ukr-Cyrl-Latn-2019", "uk-Latn-national2010");
        SYSTEM_OF.put("bgnpcgn-ukr-Cyrl-Latn-1965", "uk-Latn-bgnpcgn");
        SYSTEM_OF.put("bgnpcgn-rus-Cyrl-Latn-1947", "ru-Latn-bgnpcgn");
        SYSTEM_OF.put("gost-rus-Cyrl-Latn-7.79-2000-2002", "ru-Latn-iso9");
        SYSTEM_OF.put("alalc-rus-Cyrl-Latn-2012", "ru-Latn-alalc");
        SYSTEM_OF.put("alalc-ukr-Cyrl-Latn-1997", "uk-Latn-alalc");
        SYSTEM_OF.put("mvd-rus-Cyrl-Latn-2010", "ru-Latn-passport2010");
    }

    /** One example of the interscript test file; fields are unquoted as the file's writer quoted them. */
    record Example(String system, String cyrillic, String latin) {}

    static List<Example> officialExamples() {
        String text =
                EntityDictionary.readResource("/dev/parallax/dictionaries/linguistic/translit/romanization_tests.tsv");
        List<Example> out = new ArrayList<>();
        boolean header = true;
        for (String line : text.split("\n")) {
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length == 4) {
                out.add(new Example(f[0], unquote(f[2]), unquote(f[3])));
            }
        }
        return out;
    }

    static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s.replace("\\n", "\n").replace("\\\"", "\"");
    }

    @Test
    void officialExamplesPassPerSystem() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Example ex : officialExamples()) {
            String id = SYSTEM_OF.get(ex.system());
            if (id == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(ex.system(), k -> new int[2]);
            c[1]++;
            String got = Romanizer.of(id).apply(ex.cyrillic());
            if (got.equals(ex.latin())) {
                c[0]++;
            } else if (got.length() < 200) {
                failures.add(ex.system() + ": " + ex.cyrillic() + " -> " + got + " (expected " + ex.latin() + ")");
            } else {
                failures.add(ex.system() + ": long text differs");
            }
        }
        counts.forEach((k, v) ->
                System.out.println("romanisation " + k + " (" + SYSTEM_OF.get(k) + "): " + v[0] + "/" + v[1]));
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(counts).hasSize(SYSTEM_OF.size());
        counts.forEach((k, v) -> assertThat(v[0]).as(k + ": " + failures).isEqualTo(v[1]));
    }

    @Test
    void pressConventionsSpellZhirinovskyTheirWay() {
        assertThat(Romanizer.of("ru-Latn-german").apply("Жириновский")).isEqualTo("Schirinowski");
        assertThat(Romanizer.of("ru-Latn-french").apply("Жириновский")).isEqualTo("Jirinovski");
        assertThat(Romanizer.of("ru-Latn-polish").apply("Жириновский")).isEqualTo("Żyrinowski");
        assertThat(Romanizer.of("ru-Latn-german").apply("Горбачёв")).isEqualTo("Gorbatschow");
        assertThat(Romanizer.of("ru-Latn-french").apply("Горбачёв")).isEqualTo("Gorbatchev");
        assertThat(Romanizer.of("ru-Latn-polish").apply("Горбачёв")).isEqualTo("Gorbaczow");
        assertThat(Romanizer.of("ru-Latn-german").apply("Хрущёв")).isEqualTo("Chruschtschow");
        assertThat(Romanizer.of("ru-Latn-french").apply("Хрущёв")).isEqualTo("Khrouchtchev");
        assertThat(Romanizer.of("ru-Latn-polish").apply("Хрущёв")).isEqualTo("Chruszczow");
    }

    @Test
    void passportSystems() {
        assertThat(Romanizer.of("ru-Latn-icao").apply("Юлия")).isEqualTo("Iuliia");
        assertThat(Romanizer.of("ru-Latn-icao").apply("Дмитрий")).isEqualTo("Dmitrii");
        assertThat(Romanizer.of("uk-Latn-national2010").apply("Зеленський")).isEqualTo("Zelenskyi");
        assertThat(Romanizer.of("uk-Latn-national2010").apply("ЛУГОВСЬКИЙ")).isEqualTo("LUHOVSKYI");
    }

    @Test
    void everySystemKeysLikeItsSource() {
        for (String id : Romanizer.systems()) {
            String cyr = id.startsWith("uk") ? "Луговський" : "Луговской";
            assertThat(NameKeys.latinReadings(Romanizer.of(id).apply(cyr)))
                    .as(id)
                    .contains(NameKeys.key(cyr));
        }
    }

    @Test
    void unknownSystemIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> Romanizer.of("xx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ru-Latn-iso9");
    }
}
