package dev.parallax.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestSeeds;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameResolverTest {
    private static final String DICT = String.join(
            "\n",
            "id\ttype\tname\tlang",
            "kyslytsya\tPERSON\tКислиця Сергій Олегович\tuk",
            "kyslytsya\tPERSON\tКислица Сергей Олегович\tru",
            "luhovskyi\tPERSON\tЛуговський Олег Вікторович\tuk",
            "zelensky\tPERSON\tЗеленський Володимир Олександрович\tuk",
            "fomin\tPERSON\tФомин Александр Васильевич\tru",
            "medinsky\tPERSON\tМединский Владимир Ростиславович\tru",
            "ivanov-a\tPERSON\tИванов Сергей Борисович\tru",
            "ivanov-b\tPERSON\tИванов Сергей Петрович\tru",
            "gorbachev\tPERSON\tГорбачёв Михаил Сергеевич\tru",
            "kyiv\tPLACE\tКиїв\tuk",
            "kyiv\tPLACE\tКиев\tru",
            "moscow\tPLACE\tМосква\tru",
            "turkey\tPLACE\tTürkiye\ten",
            "turkey\tPLACE\tTurkey\ten",
            "istanbul\tPLACE\tİstanbul\ttr",
            "dolmabahce\tPLACE\tDolmabahçe Palace\ten",
            "ciragan\tPLACE\tÇırağan Palace\ten",
            "");
    private static final NameResolver R = NameResolver.of(EntityDictionary.parse("test.tsv", DICT));

    private static String id(String name) {
        Resolution r = R.resolve(name);
        return r.linked() ? r.entity().id() : null;
    }

    private static String person(String name) {
        Resolution r = R.resolve(name, EntityType.PERSON);
        return r.linked() ? r.entity().id() : null;
    }

    @Test
    void romanisationsOfOnePersonLink() {
        assertThat(id("Oleg Lugovskoy")).isEqualTo("luhovskyi");
        assertThat(id("Oleh Luhovskyi")).isEqualTo("luhovskyi");
        assertThat(id("Sergiy Kyslytsya")).isEqualTo("kyslytsya");
        assertThat(id("Sergei Kislitsa")).isEqualTo("kyslytsya");
        assertThat(id("Serhiy Kyslytsia")).isEqualTo("kyslytsya");
        assertThat(id("Volodymyr Zelenskyy")).isEqualTo("zelensky");
        assertThat(id("Vladimir Zelensky")).isEqualTo("zelensky");
    }

    @Test
    void pressConventionsLink() {
        for (String q :
                new String[] {"Michail Gorbatschow", "Mikhaïl Gorbatchev", "Michaił Gorbaczow", "Mikhail Gorbachev"}) {
            assertThat(id(q)).as(q).isEqualTo("gorbachev");
        }
    }

    @Test
    void surnameAloneLinksWhenAPersonIsExpected() {
        assertThat(person("Kyslytsya")).isEqualTo("kyslytsya");
        assertThat(person("Kislitsa")).isEqualTo("kyslytsya");
        assertThat(person("Кислица")).isEqualTo("kyslytsya");
        assertThat(person("Луговський")).isEqualTo("luhovskyi");
        assertThat(person("Zelensky's")).isEqualTo("zelensky");
        assertThat(id("Zelensky"))
                .as("a lone word without a type could be a place")
                .isNull();
    }

    @Test
    void cyrillicCaseFormsLink() {
        assertThat(person("Мединского")).isEqualTo("medinsky");
        assertThat(person("Зеленського")).isEqualTo("zelensky");
        assertThat(person("Кислиці")).isEqualTo("kyslytsya");
        assertThat(id("у Києві")).isEqualTo("kyiv");
        assertThat(id("в Москве")).isEqualTo("moscow");
    }

    @Test
    void placesInEveryScriptLink() {
        for (String q : new String[] {"Kiev", "Kyiv", "Київ", "Киев", "KYIV", "Kijów", "Kiew"}) {
            assertThat(id(q)).as(q).isEqualTo("kyiv");
        }
        assertThat(id("Turkiye")).isEqualTo("turkey");
        assertThat(id("Turkey")).isEqualTo("turkey");
        assertThat(id("ISTANBUL")).isEqualTo("istanbul");
        assertThat(id("Dolmabahce Palace")).isEqualTo("dolmabahce");
        assertThat(id("Dolmabahçe")).isEqualTo("dolmabahce");
    }

    @Test
    void givenNameEquivalentsLink() {
        for (String q : new String[] {"Alexander Fomin", "Alexandr Fomin", "Oleksandr Fomin", "Олександр Фомін"}) {
            assertThat(id(q)).as(q).isEqualTo("fomin");
        }
    }

    @Test
    void orderTitlesInitialsAndCommas() {
        assertThat(id("O. Luhovskyi")).isEqualTo("luhovskyi");
        assertThat(id("Fomin, Alexander")).isEqualTo("fomin");
        assertThat(id("Deputy Defense Minister Alexander Fomin")).isEqualTo("fomin");
        assertThat(id("President Volodymyr Zelensky")).isEqualTo("zelensky");
        assertThat(id("Kislitsa Sergei Olegovich")).isEqualTo("kyslytsya");
    }

    @Test
    void differentPeopleNeverMerge() {
        assertThat(id("Andrei Fomin")).isNull();
        assertThat(id("Volodymyr Volynskyi")).as("a barely close surname").isNull();
        assertThat(id("Oleksiy Fomin")).isNull();
        assertThat(id("Олексій Фомін")).isNull();
        assertThat(id("Александр Петрович Фомин")).as("another patronymic").isNull();
        assertThat(id("Ivanov Sergei Borisovich")).isEqualTo("ivanov-a");
        assertThat(id("Ivanov Sergei Petrovich")).isEqualTo("ivanov-b");
        assertThat(id("Sergei Ivanov")).as("two people fit").isNull();
        assertThat(person("Ivanov")).as("two people fit").isNull();
        assertThat(id("Çırağan")).isEqualTo("ciragan");
        assertThat(id("Dolmabahçe Palace")).isNotEqualTo("ciragan");
    }

    @Test
    void placeClassWordsMayBeWrittenOrDropped() {
        NameResolver r = NameResolver.of(EntityDictionary.parse(
                "places.tsv",
                String.join(
                        "\n",
                        "id\ttype\tname\tlang",
                        "krasnoe-selo\tPLACE\tКрасное Село\tru",
                        "krasnoe\tPLACE\tКрасное\tru",
                        "lenina\tPLACE\tСело имени Ленина\tru",
                        "")));
        assertThat(r.resolve("Krasnoye Selo").entity().id()).isEqualTo("krasnoe-selo");
        assertThat(r.resolve("KRASNOE SELO").entity().id()).isEqualTo("krasnoe-selo");
        assertThat(r.resolve("Krasnoye").entity().id()).isEqualTo("krasnoe");
        assertThat(r.resolve("Imeni Lenina").entity().id()).isEqualTo("lenina");
        assertThat(r.resolve("Selo Imeni Lenina").entity().id()).isEqualTo("lenina");
        assertThat(r.resolve("Selo").linked()).isFalse();
        NameResolver selo = NameResolver.of(EntityDictionary.parse(
                "s.tsv", "id\ttype\tname\tlang\nks\tPLACE\tКрасное Село\tru\nul\tPLACE\tУсть-Лабинск\tru\n"));
        assertThat(selo.resolve("Krasnoye").entity().id()).isEqualTo("ks");
        assertThat(selo.resolve("Krasny").linked())
                .as("a dropped class word and a close spelling")
                .isFalse();
        assertThat(selo.resolve("Stanitsa Ust'-Labinskaya").entity().id())
                .as("a query's class word only describes")
                .isEqualTo("ul");
        NameResolver posad = NameResolver.of(
                EntityDictionary.parse("p.tsv", "id\ttype\tname\tlang\npp\tPLACE\tПавловский Посад\tru\n"));
        assertThat(posad.resolve("Pavlovsky Posad").score())
                .isGreaterThan(posad.resolve("Pavlovskiy").score())
                .isGreaterThan(0.5);
        assertThat(posad.resolve("Pavlovskogo").linked()).as("a genitive").isTrue();
    }

    @Test
    void aDifferentWordFormationSuffixIsAnotherPlace() {
        NameResolver r = NameResolver.of(EntityDictionary.parse(
                "places.tsv", "id\ttype\tname\tlang\nmykh\tPLACE\tМихайловка\tru\nstakh\tPLACE\tСтаханов\tuk\n"));
        assertThat(r.resolve("Mykhailivka").entity().id()).isEqualTo("mykh");
        assertThat(r.resolve("Michajlowka").entity().id()).isEqualTo("mykh");
        assertThat(r.resolve("Mikhaylovsk").linked()).isFalse();
        assertThat(r.resolve("Mikhaylovskoye").linked()).isFalse();
        assertThat(r.resolve("Stakhanov").entity().id()).isEqualTo("stakh");
        assertThat(r.resolve("Stakhanovo").linked()).isFalse();
    }

    @Test
    void aTrailingQualifierAdjectiveMayBeMissingFromTheDictionary() {
        NameResolver r = NameResolver.of(EntityDictionary.parse(
                "places.tsv",
                "id\ttype\tname\tlang\nperes\tPLACE\tПереяслав\tuk\nbelg\tPLACE\tБелгород\tru\n"
                        + "kamensk\tPLACE\tКаменск-Уральский\tru\n"));
        Resolution withQualifier = r.resolve("Pereyaslav-Khmelnytskyi");
        assertThat(withQualifier.entity().id()).isEqualTo("peres");
        assertThat(withQualifier.score()).isLessThan(r.resolve("Pereyaslav").score());
        assertThat(r.resolve("Bilhorod-Dnistrovskyi").linked())
                .as("only a close head")
                .isFalse();
        assertThat(r.resolve("Kamensk-Shakhtinsky").linked())
                .as("another qualifier")
                .isFalse();
        assertThat(r.resolve("Pereyaslav-Khmelnytskyi", EntityType.PERSON).linked())
                .isFalse();
        assertThat(r.resolve("Kyivsko-Pereyaslav").entity().id())
                .as("a leading -ско- qualifier")
                .isEqualTo("peres");
        assertThat(r.resolve("Novo-Pereyaslav").linked())
                .as("Ново- makes another town")
                .isFalse();
    }

    @Test
    void eitherHalfOfAMergedSettlementsNameLinks() {
        NameResolver r = NameResolver.of(EntityDictionary.parse(
                "places.tsv",
                "id\ttype\tname\tlang\nmerged\tPLACE\tПетрово-Дальнее\tru\n"
                        + "ust\tPLACE\tУсть-Кут\tru\nkam\tPLACE\tКаменск-Уральский\tru\n"));
        assertThat(r.resolve("Dalneye").entity().id()).isEqualTo("merged");
        assertThat(r.resolve("Petrovo-Dalneye").score())
                .isGreaterThan(r.resolve("Dalneye").score());
        assertThat(r.resolve("Kut").linked())
                .as("Усть- is a qualifier, not a settlement")
                .isFalse();
        assertThat(r.resolve("Kamensk").linked())
                .as("-Уральский tells homonyms apart")
                .isFalse();
    }

    @Test
    void anotherCloseAdaptationOfTheNameCorroboratesButAVowelVariantDoesNot() {
        String head = "id\ttype\tname\tlang\n";
        double alone = NameResolver.of(EntityDictionary.parse("a.tsv", head + "x\tPLACE\tТорвица\tru\n"))
                .resolve("Tarvisou")
                .score();
        double twoAdaptations = NameResolver.of(
                        EntityDictionary.parse("b.tsv", head + "x\tPLACE\tТорвица\tru\nx\tPLACE\tТорвиск\tcv\n"))
                .resolve("Tarvisou")
                .score();
        double vowelVariant = NameResolver.of(
                        EntityDictionary.parse("c.tsv", head + "x\tPLACE\tТорвица\tru\nx\tPLACE\tТорвіца\tuk\n"))
                .resolve("Tarvisou")
                .score();
        assertThat(twoAdaptations).isGreaterThan(alone);
        assertThat(vowelVariant).isEqualTo(alone);
    }

    @Test
    void aUkrainianSpellingPrefersTheEntityNotMarkedRussian() {
        String dict = String.join(
                "\n", "id\ttype\tname\tlang", "ru-town\tPLACE\tПервомайск\tru", "ua-town\tPLACE\tПервомайск\t", "");
        NameResolver r = NameResolver.of(EntityDictionary.parse("places.tsv", dict));
        assertThat(r.resolve("Pervomais'k").entity().id()).isEqualTo("ua-town");
        assertThat(r.resolve("Первомайськ").entity().id()).isEqualTo("ua-town");
        assertThat(NameResolver.ukrainianSpelling("Donets’k")).isTrue();
        assertThat(NameResolver.ukrainianSpelling("Donetsk")).isFalse();
        assertThat(NameResolver.ukrainianSpelling("Al'met'yevo")).isFalse();
    }

    @Test
    void yoWrittenEitherWayLinks() {
        NameResolver r = NameResolver.of(EntityDictionary.parse(
                "t.tsv", "id\ttype\tname\tlang\nshch\tPLACE\tЩелково\tru\nkorolev\tPERSON\tКоролёв Сергей\tru\n"));
        for (String q : new String[] {"Shchyolkovo", "Shchelkovo", "Schtscholkowo", "Shhjolkovo"}) {
            assertThat(r.resolve(q).linked()).as(q).isTrue();
        }
        for (String q : new String[] {"Sergei Korolyov", "Sergey Korolev", "Serhiy Koroliov", "Сергій Корольов"}) {
            assertThat(r.resolve(q).linked()).as(q).isTrue();
        }
    }

    @Test
    void evidenceExplainsEveryQueryToken() {
        Resolution r = R.resolve("Oleh Luhovskyi");
        assertThat(r.evidence()).hasSize(2);
        assertThat(r.evidence()).extracting(TokenEvidence::entityToken).containsExactlyInAnyOrder("Олег", "Луговський");
        assertThat(r.score()).isBetween(0.5, 1.0);
        assertThat(R.resolve("Andrei Fomin").score()).isLessThan(0.5);
    }

    @Test
    void oddInputGetsAnAnswer() {
        assertThat(R.resolve("").linked()).isFalse();
        assertThat(R.resolve("   ").method()).isEqualTo("empty");
        assertThat(id("Ки\u200Bев")).as("zero-width space inside").isEqualTo("kyiv");
        assertThat(id("\u200FКиев\u200E")).as("bidi marks").isEqualTo("kyiv");
        assertThat(id("Киeв")).as("Latin e inside a Cyrillic word").isEqualTo("kyiv");
        assertThat(R.resolve("Киев".repeat(2500)).linked()).isFalse();
        assertThat(R.resolve("a ".repeat(5000)).linked()).isFalse();
    }

    @Test
    void randomInputNeverThrowsAndScoresStayInRange() {
        long seed = 20261123L;
        Random rnd = new Random(seed);
        String alphabet = "aeiouкиевKYIV'’-., \u200B\u0301İıçšžЁё";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(30);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            Resolution r = R.resolve(sb.toString());
            assertThat(r.score()).as("seed " + seed + " input " + sb).isBetween(0.0, 1.0);
            assertThat(r.linked() == (r.score() >= 0.5))
                    .as("seed " + seed + " input " + sb)
                    .isTrue();
        }
    }

    /**
     * Skipping candidates that cannot come within the ambiguity margin of the best must change no
     * answer: a crowded dictionary of near-homonyms (shared given names, surnames one letter
     * apart, places with sibling suffixes) is resolved both ways, with queries that are its own
     * forms, other spellings, other orders, initials and names of nobody.
     */
    @Test
    void skippingHopelessCandidatesChangesNoAnswer() {
        long seed = TestSeeds.seed();
        Random rnd = new Random(seed);
        String[] given = {"Андрей", "Андрій", "Олег", "Олександр", "Александр", "Сергей", "Сергій", "Ірина", "Ирина"};
        String[] stems = {"Петр", "Петрен", "Коваль", "Ковал", "Шевч", "Бойк", "Мельн", "Ткач", "Кравч", "Бондар"};
        String[] ends = {"ов", "ев", "енко", "ук", "чук", "ський", "ский", "ин", "ик"};
        String[] placeEnds = {"івка", "овка", "ове", "ово", "ськ", "ск", "е", "ине"};
        StringBuilder tsv = new StringBuilder("id\ttype\tname\tlang\n");
        java.util.List<String> forms = new java.util.ArrayList<>();
        for (int e = 0; e < 300; e++) {
            String name;
            if (e % 3 == 2) {
                name = stems[rnd.nextInt(stems.length)] + placeEnds[rnd.nextInt(placeEnds.length)];
                tsv.append("L").append(e).append("\tPLACE\t").append(name).append("\tuk\n");
            } else {
                name = stems[rnd.nextInt(stems.length)] + ends[rnd.nextInt(ends.length)] + " "
                        + given[rnd.nextInt(given.length)];
                tsv.append("P").append(e).append("\tPERSON\t").append(name).append("\tru\n");
            }
            forms.add(name);
        }
        EntityDictionary dictionary = EntityDictionary.parse("crowded.tsv", tsv.toString());
        NameResolver pruned = NameResolver.of(dictionary);
        NameResolver exhaustive = NameResolver.exhaustive(dictionary);
        Romanizer[] systems = {
            Romanizer.of("ru-Latn-bgnpcgn"), Romanizer.of("uk-Latn-national2010"), Romanizer.of("ru-Latn-german")
        };
        for (int i = 0; i < 1500; i++) {
            String form = forms.get(rnd.nextInt(forms.size()));
            String query =
                    switch (rnd.nextInt(5)) {
                        case 0 -> form;
                        case 1 -> systems[rnd.nextInt(systems.length)].apply(form);
                        case 2 -> reversed(form);
                        case 3 -> form.charAt(0) + ". " + form.substring(form.indexOf(' ') + 1);
                        default -> stems[rnd.nextInt(stems.length)] + ends[rnd.nextInt(ends.length)] + " "
                                + given[rnd.nextInt(given.length)];
                    };
            for (EntityType type : new EntityType[] {null, EntityType.PERSON}) {
                assertThat(pruned.resolve(query, type))
                        .as("seed " + seed + ": " + query + " as " + type)
                        .isEqualTo(exhaustive.resolve(query, type));
            }
        }
    }

    private static String reversed(String name) {
        java.util.List<String> words = java.util.Arrays.asList(name.split(" "));
        java.util.Collections.reverse(words);
        return String.join(" ", words);
    }

    @Test
    void anEmptyDictionaryLinksNothing() {
        assertThat(NameResolver.of(EntityDictionary.empty()).resolve("Kyiv").linked())
                .isFalse();
    }
}
