package dev.parallax.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltInEntityDictionariesTest {
    private static List<String> indexedFiles() {
        return EntityDictionary.readResource(EntityDictionary.BUILT_IN_INDEX)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static String read(String file) {
        return EntityDictionary.readResource("/dev/parallax/dictionaries/entities/" + file);
    }

    @Test
    void everyIndexedFileParses() {
        assertThat(indexedFiles()).hasSizeGreaterThanOrEqualTo(5);
        for (String f : indexedFiles()) {
            EntityDictionary d = EntityDictionary.parse(f, read(f));
            assertThat(d.size()).as(f).isPositive();
        }
    }

    @Test
    void everyFileStatesItsSourceAndLicence() {
        for (String f : indexedFiles()) {
            String header = read(f).lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            assertThat(header).as(f).contains("Source:").contains("Licence:");
        }
    }

    @Test
    void noIdIsDefinedInTwoFiles() {
        Map<String, String> fileOfId = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String f : indexedFiles()) {
            for (Entity e : EntityDictionary.parse(f, read(f)).entities()) {
                String before = fileOfId.putIfAbsent(e.id(), f);
                if (before != null) {
                    clashes.add(e.id() + " in " + before + " and " + f);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void noEntityRepeatsAVariantInOneLanguage() {
        List<String> repeats = new ArrayList<>();
        for (Entity e : EntityDictionary.builtIn().entities()) {
            List<String> seen = new ArrayList<>();
            for (NameVariant v : e.variants()) {
                String nameAndLang = v.name() + " (" + v.lang() + ")";
                if (seen.contains(nameAndLang)) {
                    repeats.add(e.id() + ": " + nameAndLang);
                }
                seen.add(nameAndLang);
            }
        }
        assertThat(repeats).isEmpty();
    }

    @Test
    void mergedBuiltInHasTheSeedPeopleAndPlaces() {
        EntityDictionary d = EntityDictionary.builtIn();
        assertThat(d.get("person:oleh-luhovskyi").orElseThrow().variants())
                .extracting(NameVariant::name)
                .contains("Oleg Lugovskoy", "Oleh Luhovskyi", "Олег Луговськой", "Олег Луговський");
        assertThat(d.get("place:kyiv").orElseThrow().variants())
                .extracting(NameVariant::name)
                .contains("Kyiv", "Kiev", "Київ", "Киев", "Kijów");
        assertThat(d.get("country:turkiye").orElseThrow().variants())
                .extracting(NameVariant::name)
                .contains("Türkiye", "Turkiye", "Turkey");
    }

    @Test
    void ukraineHasAllOblastsCrimeaAndTheTwoSpecialCities() {
        EntityDictionary d = EntityDictionary.builtIn();
        long oblasts = d.entities().stream()
                .filter(e -> e.id().startsWith("place:") && e.id().endsWith("-oblast"))
                .count();
        assertThat(oblasts).isEqualTo(24);
        assertThat(d.get("place:crimea")).isPresent();
        assertThat(d.get("place:kyiv")).isPresent();
        assertThat(d.get("place:sevastopol")).isPresent();
    }

    @Test
    void theTwoFominsAndTheTwoPalacesAreSeparateEntities() {
        EntityDictionary d = EntityDictionary.builtIn();
        Entity alexander = d.get("person:alexander-fomin").orElseThrow();
        Entity andrei = d.get("person:andrei-fomin").orElseThrow();
        assertThat(alexander.variants()).extracting(NameVariant::name).doesNotContain("Andrei Fomin");
        assertThat(andrei.variants()).extracting(NameVariant::name).doesNotContain("Alexander Fomin");
        assertThat(d.get("place:dolmabahce-palace")).isPresent();
        assertThat(d.get("place:ciragan-palace")).isPresent();
    }
}
