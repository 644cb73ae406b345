package dev.parallax.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.parallax.text.Document;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private static final EntityDictionary DICT = EntityDictionary.builtIn();
    private static final MentionFinder FINDER = MentionFinder.of(NameResolver.of(DICT), DICT);

    private static Mention only(String text, String surface) {
        List<Mention> ms = FINDER.find("t", text).stream()
                .filter(m -> m.text().equals(surface))
                .toList();
        assertThat(ms)
                .as("mentions '%s' in %s", surface, FINDER.find("t", text))
                .hasSize(1);
        return ms.get(0);
    }

    private static String idOf(String text, String surface) {
        return only(text, surface).id();
    }

    @Test
    void spellingVariantsLinkToOneEntity() {
        for (String name :
                List.of("Oleg Lugovskoy", "Oleh Luhovskyi", "Олег Луговськой", "Олег Луговський", "Олег Луговской")) {
            assertThat(idOf("Then " + name + " spoke.", name)).as(name).isEqualTo("person:oleh-luhovskyi");
        }
        for (String name : List.of(
                "Sergiy Kyslytsya",
                "Sergey Kyslytsya",
                "Serhii Kyslytsia",
                "Sergey Kislitsa",
                "Сергій Кислиця",
                "Сергей Кислица")) {
            assertThat(idOf("Then " + name + " spoke.", name)).as(name).isEqualTo("person:sergiy-kyslytsya");
        }
        for (String name : List.of("Alexander Poklad", "Alexandr Poklad", "Oleksandr Poklad")) {
            assertThat(idOf("Then " + name + " spoke.", name)).as(name).isEqualTo("person:oleksandr-poklad");
        }
        for (String name : List.of("Kyiv", "Kiev", "Київ", "Киев", "Kijów")) {
            assertThat(idOf("They went to " + name + " today.", name)).as(name).isEqualTo("place:kyiv");
        }
        for (String name : List.of("Türkiye", "Turkiye", "Turkey")) {
            assertThat(idOf("They met in " + name + " today.", name)).as(name).isEqualTo("country:turkiye");
        }
        assertThat(idOf("Talks with Vladimir Medinsky ended.", "Vladimir Medinsky"))
                .isEqualTo("person:vladimir-medinsky");
        assertThat(idOf("Talks with Владимир Мединский ended.", "Владимир Мединский"))
                .isEqualTo("person:vladimir-medinsky");
    }

    @Test
    void differentPeopleAndPlacesStayApart() {
        String text = "Deputy Defense Minister Colonel General Alexander Fomin and Andrei Fomin of the legal "
                + "directorate met at the Dolmabahçe Palace, then at the Çırağan Palace.";
        assertThat(idOf(text, "Alexander Fomin")).isEqualTo("person:alexander-fomin");
        assertThat(idOf(text, "Andrei Fomin")).isEqualTo("person:andrei-fomin");
        assertThat(idOf(text, "Dolmabahçe Palace")).isEqualTo("place:dolmabahce-palace");
        assertThat(idOf(text, "Çırağan Palace")).isEqualTo("place:ciragan-palace");
    }

    @Test
    void titlesAreNotPartOfTheName() {
        List<Mention> ms =
                FINDER.find("t", "He was joined by Deputy Defense Minister Colonel General Alexander Fomin.");
        assertThat(ms).extracting(Mention::text).containsExactly("Alexander Fomin");
    }

    @Test
    void aSurnameSharedByTwoPeopleInTheDocumentStaysUnlinked() {
        String text = "Alexander Fomin and Andrei Fomin arrived. Later Fomin spoke.";
        Mention m = only(text, "Fomin");
        assertThat(m.id()).isNull();
        assertThat(m.method()).isEqualTo("ambiguous");
    }

    @Test
    void partialMentionsTakeTheEntityOfTheFullNameInTheDocument() {
        String text = "Talks were chaired by Foreign Minister Hakan Fidan. Later, as Fidan said, Medinsky spoke "
                + "for Vladimir Medinsky's team.";
        Mention fidan = only(text, "Fidan");
        assertThat(fidan.id()).isEqualTo("person:hakan-fidan");
        assertThat(fidan.method()).isEqualTo("coreference");
        assertThat(idOf(text, "Medinsky")).isEqualTo("person:vladimir-medinsky");
    }

    @Test
    void possessiveIsOutsideTheSpan() {
        String text = "From Zelensky’s office came Alexander Bevz.";
        Mention m = only(text, "Zelensky");
        assertThat(m.id()).isEqualTo("person:volodymyr-zelenskyy");
        assertThat(m.span().start()).isEqualTo(5);
        assertThat(m.span().end()).isEqualTo(13);
        assertThat(idOf("Then Kiev's mayor spoke.", "Kiev")).isEqualTo("place:kyiv");
    }

    @Test
    void inflectedCyrillicFormsLink() {
        String text = "Зустріч у Києві: Рустем Умєров і представник Зеленського. В Москве ждали Мединского.";
        assertThat(idOf(text, "Києві")).isEqualTo("place:kyiv");
        assertThat(idOf(text, "Зеленського")).isEqualTo("person:volodymyr-zelenskyy");
        assertThat(idOf(text, "Москве")).isEqualTo("place:moscow");
        assertThat(only(text, "Києві").method()).isEqualTo("inflection");
    }

    @Test
    void allCapsNamesLinkButLowerCaseWordsDoNot() {
        assertThat(idOf("ISTANBUL (Agency). Talks began.", "ISTANBUL")).isEqualTo("place:istanbul");
        assertThat(idOf("A meeting between the US and Ukraine.", "US")).isEqualTo("country:united-states");
        List<Mention> ms = FINDER.find("t", "They told us that the turkey was ready.");
        assertThat(ms).isEmpty();
    }

    @Test
    void sentenceInitialWordsMonthsAndAdjectivesAreNotNames() {
        List<Mention> ms = FINDER.find(
                "t",
                "Members of the Russian delegation met on Friday in May. Official experts were there. "
                        + "Western media reported that Turkish Foreign Minister Hakan Fidan stayed.");
        assertThat(ms).extracting(Mention::text).containsExactly("Hakan Fidan");
    }

    @Test
    void namesInNoDictionaryGetAProvisionalIdSharedBySpellingVariants() {
        Mention a = only("The analyst Bogdan Bezpalko said so.", "Bogdan Bezpalko");
        Mention b = only("The analyst Bohdan Bezpalko said so.", "Bohdan Bezpalko");
        Mention c = only("The analyst Bezpalko Bogdan said so.", "Bezpalko Bogdan");
        assertThat(a.provisional()).isTrue();
        assertThat(a.id()).startsWith("~").isEqualTo(b.id()).isEqualTo(c.id());
        assertThat(a.type()).isEqualTo(EntityType.PERSON);
        Mention later = only("The analyst Bogdan Bezpalko said so, and later Bezpalko added more.", "Bezpalko");
        assertThat(later.id()).isEqualTo(a.id());
        assertThat(later.provisional()).isTrue();
    }

    @Test
    void aDifferentPersonGetsADifferentProvisionalId() {
        Mention a = only("The analyst Bogdan Bezpalko said so.", "Bogdan Bezpalko");
        Mention b = only("The analyst Timur Bezpalko said so.", "Timur Bezpalko");
        assertThat(a.id()).isNotEqualTo(b.id());
    }

    @Test
    void documentAndStringGiveTheSameMentions() {
        String text = "\uFEFFKiev and Moscow.";
        assertThat(FINDER.find(Document.of("d", text))).isEqualTo(FINDER.find("d", text.substring(1)));
    }

    @Test
    void withoutADictionaryNothingIsLinkedToAnEntity() {
        MentionFinder bare = MentionFinder.of(NameResolver.of(EntityDictionary.empty()), EntityDictionary.empty());
        List<Mention> ms = bare.find("t", "The envoy Vladimir Medinsky went to Kiev.");
        assertThat(ms).allMatch(m -> m.id() == null || m.provisional());
    }

    @Test
    void spansCoverExactlyTheOriginalTextAroundRandomNoise() {
        String[] names = {
            "Vladimir Medinsky",
            "Oleh Luhovskyi",
            "Києві",
            "ISTANBUL",
            "Zelensky’s",
            "Hakan Fidan",
            "Fidan",
            "Bogdan Bezpalko",
            "U.S.",
            "Frank-Walter Steinmeier",
            "Рустем Умєров",
            "Çırağan Palace",
            "\uD835\uDC00"
        };
        String[] noise = {
            " ",
            "  ",
            "\n",
            ", ",
            ". ",
            " the ",
            " and ",
            "—",
            "«",
            "»",
            "(",
            ") ",
            "1,000 ",
            "\u200B",
            "é",
            " says ",
            "\uD83D\uDE00",
            "-"
        };
        long seed = dev.parallax.TestSeeds.seed();
        Random rnd = new Random(seed);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(12);
            for (int p = 0; p < parts; p++) {
                sb.append(noise[rnd.nextInt(noise.length)]);
                sb.append(rnd.nextBoolean() ? names[rnd.nextInt(names.length)] : noise[rnd.nextInt(noise.length)]);
            }
            String text = sb.toString();
            List<Mention> ms;
            try {
                ms = FINDER.find("r", text);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ", text '" + text + "'", e);
            }
            int prevEnd = 0;
            for (Mention m : ms) {
                if (m.span().start() < prevEnd
                        || m.span().end() > text.length()
                        || m.span().isEmpty()) {
                    fail("seed %d: bad span %s in '%s' (%s)", seed, m.span(), text, ms);
                }
                if (!text.substring(m.span().start(), m.span().end()).equals(m.text())) {
                    fail("seed %d: text of %s is not '%s' in '%s'", seed, m.span(), m.text(), text);
                }
                prevEnd = m.span().end();
            }
            for (Mention m : ms) {
                if ("Vladimir Medinsky".equals(m.text())) {
                    assertThat(m.id()).as("seed %d in '%s'", seed, text).isEqualTo("person:vladimir-medinsky");
                }
            }
        }
    }

    @Test
    void abbreviationsKeepTheirFinalPeriod() {
        Mention m = only("Talks between the U.S. and Ukraine.", "U.S.");
        assertThat(m.id()).isEqualTo("country:united-states");
    }

    @Test
    void concurrentCallsGiveTheSameResults() throws Exception {
        String text = "Oleg Lugovskoy and Сергій Кислиця met in Kiev. Кислиця left; Bogdan Bezpalko stayed in Києві.";
        List<Mention> expected = FINDER.find("t", text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Mention>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> FINDER.find("t", text)));
            }
            for (java.util.concurrent.Future<List<Mention>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resultsAreImmutable() {
        List<Mention> ms = FINDER.find("t", "Kiev and Moscow.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ms.add(ms.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ms.stream().map(Mention::id).collect(Collectors.toList()))
                .containsExactly("place:kyiv", "place:moscow");
    }

    @Test
    void aTitleCaseOrganisationNameIsOneMentionNotARowOfNames() {
        String text = "said Ivan Dorosh, director of the Center for the Study and Development of Continental"
                + " Integration, and a member of the Council on Interethnic Relations under the President.";
        List<String> surfaces =
                FINDER.find("t", text).stream().map(Mention::text).toList();

        assertThat(surfaces)
                .contains(
                        "Center for the Study and Development of Continental Integration",
                        "Council on Interethnic Relations")
                .doesNotContain("Study", "Development", "Continental", "Interethnic");
        assertThat(only(text, "Council on Interethnic Relations").type()).isEqualTo(EntityType.ORG);
        assertThat(only(text, "Council on Interethnic Relations").provisional()).isTrue();
    }

    @Test
    void anOrganisationNameNeverSwallowsAPersonBesideIt() {
        String text = "It was signed by the Main Intelligence Directorate Ivan Dorosh and by Petro Hnatenko and the"
                + " Security Council.";
        List<String> surfaces =
                FINDER.find("t", text).stream().map(Mention::text).toList();

        assertThat(surfaces).contains("Main Intelligence Directorate", "Ivan Dorosh", "Petro Hnatenko");
        assertThat(surfaces).noneMatch(s -> s.contains("Hnatenko and"));
    }
}
