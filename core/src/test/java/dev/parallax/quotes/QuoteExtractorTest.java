package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.Document;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private final QuoteExtractor x = QuoteExtractor.defaults();

    private List<Quote> quotes(String text) {
        return x.extract(Document.of("t.txt", text));
    }

    @Test
    void curlyQuoteWithPronounAfterIsResolvedToTheNamedPerson() {
        List<Quote> q = quotes("Mayor Ana Ruiz visited the plant.\n\n“We are going to rebuild it,” she said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("We are going to rebuild it,");
        assertThat(q.get(0).speaker().text()).isEqualTo("she");
        assertThat(q.get(0).speaker().name()).isEqualTo("Ana Ruiz");
        assertThat(q.get(0).speaker().id()).isEqualTo("~ruiz-ana");
    }

    @Test
    void invertedSpeakerAfterTheQuote() {
        Quote q = quotes("“The bridge will open in May,” said Tom Baker, the county engineer.")
                .get(0);
        assertThat(q.speaker().text()).isEqualTo("Tom Baker");
    }

    @Test
    void speakerBeforeWithColon() {
        Quote q = quotes("Tom Baker said: “The bridge will open in May.”").get(0);
        assertThat(q.text()).isEqualTo("The bridge will open in May.");
        assertThat(q.speaker().text()).isEqualTo("Tom Baker");
        assertThat(q.partial()).isFalse();
    }

    @Test
    void speakerBetweenTwoPiecesAttributesBoth() {
        List<Quote> q = quotes("“We are ready,” Tom Baker said, “and the money is there.”");
        assertThat(q).hasSize(2);
        assertThat(q).allSatisfy(z -> assertThat(z.speaker().text()).isEqualTo("Tom Baker"));
    }

    @Test
    void accordingToGivesTheSpeakerAfterIt() {
        Quote q = quotes("According to Lena Hart, “nothing has been decided yet.”")
                .get(0);
        assertThat(q.speaker().text()).isEqualTo("Lena Hart");
    }

    @Test
    void partialQuotationIsMarked() {
        Quote q = quotes("Lena Hart said the plan was “a complete mess” and left.")
                .get(0);
        assertThat(q.text()).isEqualTo("a complete mess");
        assertThat(q.partial()).isTrue();
        assertThat(q.speaker().text()).isEqualTo("Lena Hart");
    }

    @Test
    void quotedTermModifyingANounIsNotAQuotation() {
        assertThat(quotes("The sides agreed on a prisoner swap under the \"500 for 500\" formula."))
                .isEmpty();
    }

    @Test
    void titleCaseShowNameIsNotAQuotation() {
        assertThat(quotes("She appeared on “Meet the Press” last week.")).isEmpty();
    }

    @Test
    void germanLowAndHighMarksWithInvertedPronoun() {
        Quote q = quotes("Der Bürgermeister kam spät. „Wir werden die Brücke wieder aufbauen“, sagte er am Abend.")
                .get(0);
        assertThat(q.text()).isEqualTo("Wir werden die Brücke wieder aufbauen");
        assertThat(q.speaker().text()).isEqualTo("er");
    }

    @Test
    void germanReversedGuillemets() {
        Quote q = quotes("Die Ministerin Eva Lang erklärte: »Das Geld ist da, und wir geben es aus.«")
                .get(0);
        assertThat(q.text()).isEqualTo("Das Geld ist da, und wir geben es aus.");
        assertThat(q.speaker().text()).isEqualTo("Die Ministerin Eva Lang");
        assertThat(q.speaker().name()).isEqualTo("Eva Lang");
    }

    @Test
    void russianGuillemetsAndVerbBeforeName() {
        Quote q = quotes("«Мы готовы продолжить переговоры в ближайшее время», — заявил Иван Петров.")
                .get(0);
        assertThat(q.text()).isEqualTo("Мы готовы продолжить переговоры в ближайшее время");
        assertThat(q.speaker().text()).isEqualTo("Иван Петров");
    }

    @Test
    void russianStraightQuotes() {
        Quote q = quotes("\"Мы не будем отступать ни на шаг\", - сказал Иван Петров журналистам.")
                .get(0);
        assertThat(q.text()).isEqualTo("Мы не будем отступать ни на шаг");
        assertThat(q.speaker().text()).isEqualTo("Иван Петров");
    }

    @Test
    void russianStraightQuotesWithColonAndWithPoSlovam() {
        List<Quote> q = quotes("Песков заявил: \"Мы готовы к переговорам в любое время\".\n\n"
                + "По словам Дмитрия Пескова, \"переговоры продолжатся на следующей неделе\".");
        assertThat(q).extracting(z -> z.speaker().text()).containsExactly("Песков", "Дмитрия Пескова");
    }

    @Test
    void russianInstitutionAfterImpersonalVerb() {
        Quote q = quotes("\"Это провокация\", - заявили в МИД России.").get(0);
        assertThat(q.text()).isEqualTo("Это провокация");
        assertThat(q.speaker().text()).isEqualTo("МИД России");
    }

    @Test
    void russianCompanyNameInQuotesIsNotAQuotation() {
        assertThat(quotes("Компания \"Газпром\" сообщила о росте прибыли.")).isEmpty();
    }

    @Test
    void ukrainianGuillemetsAfterPronounAndColon() {
        Quote q = quotes("Він зазначив: «Ми зробимо все можливе для звільнення полонених».")
                .get(0);
        assertThat(q.speaker().text()).isEqualTo("Він");
    }

    @Test
    void russianDashSpeechSplitsAroundTheNarrator() {
        List<Quote> q = quotes("Иван Петров вышел к журналистам.\n— Мы готовы, — сказал он. — Переговоры продолжатся.");
        assertThat(q).extracting(Quote::text).containsExactly("Мы готовы", "Переговоры продолжатся.");
        assertThat(q.get(0).delimiter()).isEqualTo("dash");
        assertThat(q.get(0).speaker().text()).isEqualTo("он");
        assertThat(q.get(0).speaker().name()).isEqualTo("Иван Петров");
    }

    @Test
    void machineTranslatedDashSpeechWithOnlyAClosingMark() {
        Quote q = quotes("— We will do everything we can. The rest is up to them,\" Oleh Marchuk said.")
                .get(0);
        assertThat(q.text()).isEqualTo("We will do everything we can. The rest is up to them,");
        assertThat(q.speaker().text()).isEqualTo("Oleh Marchuk");
    }

    @Test
    void dashGluedToTheFirstWordWithAClosingMark() {
        Quote q = quotes("—They will call it a 'victory,'\" Oleh Marchuk, an analyst, said.")
                .get(0);
        assertThat(q.text()).isEqualTo("They will call it a 'victory,'");
        assertThat(q.speaker().text()).isEqualTo("Oleh Marchuk");
    }

    @Test
    void dashListWithoutSpeechIsNotAQuotation() {
        assertThat(quotes("Main points:\n\n— prices went up\n— wages did not")).isEmpty();
        assertThat(quotes("Иван Петров сказал:\n— Мы готовы."))
                .extracting(Quote::text)
                .containsExactly("Мы готовы.");
    }

    @Test
    void frenchGuillemetsWithSelon() {
        Quote q =
                quotes("Selon Marie Dubois, « la situation reste très grave ».").get(0);
        assertThat(q.text()).isEqualTo("la situation reste très grave");
        assertThat(q.speaker().text()).isEqualTo("Marie Dubois");
    }

    @Test
    void multiParagraphQuoteContinuesWhenTheNextParagraphOpensWithAMark() {
        String t = "“We will fight for every job,” said Tom Baker. “It is our duty.\n\n“And we will win.”\n\nThe end.";
        List<Quote> q = quotes(t);
        assertThat(q)
                .extracting(Quote::text)
                .containsExactly("We will fight for every job,", "It is our duty.", "And we will win.");
        assertThat(q).allSatisfy(z -> assertThat(z.speaker()).isNotNull());
    }

    @Test
    void unclosedQuoteDoesNotSwallowTheNextParagraph() {
        List<Quote> q = quotes("He said “this never ends\n\nTom Baker said: “The bridge will open in May.”");
        assertThat(q).extracting(Quote::text).containsExactly("The bridge will open in May.");
    }

    @Test
    void nestedQuoteOfAnotherStyleStaysInside() {
        List<Quote> q = quotes("Tom Baker said: “They called it ‘a scandal’ and walked out.”");
        assertThat(q).extracting(Quote::text).containsExactly("They called it ‘a scandal’ and walked out.");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(quotes("Don't touch Baker's car, it's the '90s model.")).isEmpty();
    }

    @Test
    void rejectedStretchesCarryAReason() {
        var r = x.rejected(Document.of("t.txt", "She appeared on “Meet the Press” last week."));
        assertThat(r).singleElement().satisfies(z -> assertThat(z.reason()).startsWith("not a quotation"));
    }

    @Test
    void germanSoAfterTheQuoteAndTheNextQuoteOfTheSameSpeaker() {
        List<Quote> q = quotes("„Wir kommen wieder“, so der zuständige Vorstand Uwe Berg. „Das ist sicher.“");
        assertThat(q).hasSize(2);
        assertThat(q).allSatisfy(z -> assertThat(z.speaker().text()).isEqualTo("der zuständige Vorstand Uwe Berg"));
    }

    @Test
    void germanNameAfterTheVerbBeatsADativeBeforeIt() {
        Quote q = quotes("Der englischen Zeitung sagte Otto Karma: „Ich werde nicht aufgeben.“")
                .get(0);
        assertThat(q.speaker().text()).isEqualTo("Otto Karma");
    }

    @Test
    void germanJoinedClausesShareTheSubject() {
        Quote q = quotes("Karl Brenner bedankte sich bei seinem Team und sagte: „Ich bin sehr froh über den Sieg.“")
                .get(0);
        assertThat(q.speaker().text()).isEqualTo("Karl Brenner");
    }

    @Test
    void germanNameWithParticles() {
        Quote q = quotes("Anna von der Heide betonte, es gebe „viele gute Leute, die Erfahrung haben“.")
                .get(0);
        assertThat(q.speaker().text()).isEqualTo("Anna von der Heide");
        assertThat(q.partial()).isTrue();
    }

    @Test
    void transcriptLabelInsideTheMarksIsTheSpeaker() {
        Quote q = quotes("\"HOST: Welcome back to the program, we have a lot to cover tonight.\"")
                .get(0);
        assertThat(q.text()).isEqualTo("Welcome back to the program, we have a lot to cover tonight.");
        assertThat(q.speaker().text()).isEqualTo("HOST");
    }

    @Test
    void showTitleAfterPossessiveIsNotAQuotation() {
        assertThat(quotes("Tom Baker said on NBC's \"Evening Report Tonight,\" that taxes will rise."))
                .isEmpty();
    }

    @Test
    void aMegabyteOfQuoteMarksNeitherThrowsNorBlowsUp() {
        StringBuilder sb = new StringBuilder();
        String marks = "“”\"'‘’«»„‚‹›—\n ";
        Random r = new Random(42);
        while (sb.length() < 1_000_000) {
            sb.append(marks.charAt(r.nextInt(marks.length())));
            if (r.nextInt(5) == 0) {
                sb.append("ab ");
            }
        }
        List<Quote> q = quotes(sb.toString());
        assertThat(q).allSatisfy(z -> assertThat(z.span().end()).isLessThanOrEqualTo(sb.length()));
    }

    @Test
    void randomTextGivesSpansThatCoverTheirText() {
        long seed = dev.parallax.TestSeeds.seed();
        Random r = new Random(seed);
        String alphabet = "ab Cd Ef, said he. “”\"'‘’«»„“\n—:";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(300);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            for (Quote q : quotes(t)) {
                assertThat(t.substring(q.span().start(), q.span().end()))
                        .as("seed %d text %s", seed, t)
                        .isEqualTo(q.text());
                if (q.speaker() != null) {
                    assertThat(t.substring(
                                    q.speaker().span().start(),
                                    q.speaker().span().end()))
                            .as("seed %d", seed)
                            .isEqualTo(q.speaker().text());
                }
            }
        }
    }

    @Test
    void quotedModifierInsideANounPhraseIsATerm() {
        List<Quote> q = quotes("The ministers agreed to swap cargo under the \"ten for ten\" scheme, Lena Hart said."
                + " Officials also discussed a \"gradual partial\" reopening of the port.");
        assertThat(q).isEmpty();
    }

    @Test
    void quotedFragmentAfterAVerbStaysAPartialQuotation() {
        List<Quote> q = quotes("Lena Hart said the port would \"reopen shortly\" after the storm.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).partial()).isTrue();
        assertThat(q.get(0).speaker().text()).isEqualTo("Lena Hart");
    }

    @Test
    void speechVerbBeforeAQuotedNounPhraseKeepsIt() {
        List<Quote> q = quotes("Tom Baker called it a \"slow motion\" disaster for the town.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().text()).isEqualTo("Tom Baker");
    }

    @Test
    void pronounResolvesToThePersonNotToAnOrganisationNamedLast() {
        List<Quote> q = quotes("The dam will hold, said Marta Kowal, a hydrologist and head of the Center for"
                + " South Baltic Studies.\n\n\"The water level is falling every hour,\" she told reporters.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().text()).isEqualTo("she");
        assertThat(q.get(0).speaker().name()).isEqualTo("Marta Kowal");
    }

    @Test
    void pronounPrefersTheSubjectOfThePreviousSentenceOverAnObject() {
        List<Quote> q = quotes("Earlier, Tom Baker said he could phone Lena Hart about the bridge. He also"
                + " promised to visit the site \"as soon as the road is open.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Tom Baker");
    }

    @Test
    void nameAppositionThenSpeechVerbAfterTheQuote() {
        List<Quote> q = quotes(
                "\"The tunnel will be finished before winter,\" Pavel Sokol, an engineer and long-standing member"
                        + " of the advisory council on transport and roads under the regional governor, said in an"
                        + " interview with the Gazette.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().text()).isEqualTo("Pavel Sokol");
    }

    @Test
    void titleBeforeAPersonNameAndSubjectWithCondemnationCue() {
        List<Quote> q = quotes("Irish Prime Minister Nora Quinn denounced the tariff as \"reckless.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Nora Quinn");
    }
}
