package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution rules: who said a quotation, in Russian, Ukrainian, German and English news. */
class QuoteAttributionTest {
    private final QuoteExtractor x = QuoteExtractor.defaults();

    private List<Quote> quotes(String text) {
        return x.extract(Document.of("t.txt", text));
    }

    private Quote only(String text) {
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        return q.get(0);
    }

    // ---------------------------------------------------------------- Russian and Ukrainian

    @Test
    void russianStraightQuoteThenDashAndPronoun() {
        Quote q = only("Министр Сергей Лавров провёл переговоры в Женеве.\n\n"
                + "\"Мы готовы продолжать диалог\", — сказал он журналистам.");
        assertThat(q.text()).isEqualTo("Мы готовы продолжать диалог");
        assertThat(q.speaker().text()).isEqualTo("он");
        assertThat(q.speaker().name()).isEqualTo("Сергей Лавров");
    }

    @Test
    void russianGuillemetsThenVerbAndSurname() {
        Quote q = only("«Никаких решений пока не принято», заявил Песков.");
        assertThat(q.speaker().text()).isEqualTo("Песков");
        assertThat(q.cue()).isEqualTo("заявил");
    }

    @Test
    void russianPoSlovamBeforeAStraightQuote() {
        Quote q = only("По словам Дмитрия Пескова, \"встреча пройдёт на следующей неделе\".");
        assertThat(q.speaker().text()).isEqualTo("Дмитрия Пескова");
    }

    @Test
    void russianSpeakerWithColonBeforeAStraightQuote() {
        Quote q = only("Захарова подчеркнула: \"Москва не будет отвечать на провокации\".");
        assertThat(q.speaker().text()).isEqualTo("Захарова");
    }

    @Test
    void russianPossessivePoEgoSlovamSkipsAWomanNamedLater() {
        Quote q = only("Глава делегации Сергей Лавров выступил первым. Затем слово взяла Мария Захарова.\n\n"
                + "По его словам, \"переговоры будут трудными\".");
        assertThat(q.speaker().text()).isEqualTo("его");
        assertThat(q.speaker().name()).isEqualTo("Сергей Лавров");
    }

    @Test
    void feminineVerbAndPronounResolveToTheWomanNotTheLastMan() {
        Quote q = only("На брифинге выступила Мария Захарова. Ранее с заявлением выступил Сергей Лавров.\n\n"
                + "\"Это провокация\", — сказала она.");
        assertThat(q.speaker().text()).isEqualTo("она");
        assertThat(q.speaker().name()).isEqualTo("Мария Захарова");
    }

    @Test
    void russianImpersonalGovoritsyaVNamesTheDocument() {
        Quote q = only("\"Работа продолжается\", — говорится в заявлении министерства.");
        assertThat(q.speaker().text()).isEqualTo("заявлении министерства");
    }

    @Test
    void ukrainianGuillemetsWithRoleAndName() {
        Quote q = only("«Ми готові до діалогу», — наголосив речник МЗС Олег Ніколенко.");
        assertThat(q.speaker().text()).contains("Олег Ніколенко");
    }

    @Test
    void ukrainianZaJogoSlovamy() {
        Quote q = only("Президент Володимир Зеленський виступив у Києві.\n\n"
                + "За його словами, \"ситуація залишається напруженою\".");
        assertThat(q.speaker().text()).isEqualTo("його");
        assertThat(q.speaker().name()).isEqualTo("Володимир Зеленський");
    }

    @Test
    void russianHyphenInsteadOfDashAndALowerCaseSource() {
        Quote q = only("\"Переговоры зашли в тупик\", - сообщил источник агентства.");
        assertThat(q.speaker().text()).isEqualTo("источник агентства");
    }

    @Test
    void russianInstitutionBeforeTheVerbAndAColon() {
        Quote q = only("В Кремле заявили: \"Решение за Киевом\".");
        assertThat(q.text()).isEqualTo("Решение за Киевом");
        assertThat(q.speaker().text()).isEqualTo("Кремле");
    }

    @Test
    void anUnknownSurnameIsNotResolvedToAnotherPerson() {
        List<Quote> q = quotes("Президент Володимир Зеленський виступив у Києві.\n\n"
                + "Песков отметил, что \"позиция не изменилась\".");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().text()).isEqualTo("Песков");
        assertThat(q.get(0).speaker().name()).isNotEqualTo("Володимир Зеленський");
    }

    // ---------------------------------------------------------------- German

    @Test
    void germanAuxiliaryFirstAfterTheQuote() {
        Quote q = only("„Wir wollen schneller werden“, hatte Firmenchef Karl Brenner in einem Interview erklärt.");
        assertThat(q.speaker().text()).contains("Karl Brenner");
    }

    @Test
    void germanSubjunctiveSentencesGoOnWithTheSpeakerOfTheCue() {
        List<Quote> q = quotes("Ministerin Petra Lang betonte, die Kinder seien „in guten Händen“. "
                + "Sie seien „bestens betreut“. Die Eltern würden deshalb „rasch informiert“.");
        assertThat(q).hasSize(3);
        assertThat(q).allSatisfy(z -> assertThat(z.speaker().text()).contains("Petra Lang"));
    }

    @Test
    void germanVerbFirstAfterASubordinateClause() {
        Quote q = only("Nachdem er nach den Kosten gefragt wurde, entgegnete Lang knapp: „Das ist nicht meine Sache.“");
        assertThat(q.speaker().text()).isEqualTo("Lang");
    }

    @Test
    void germanSubjectOfAVerbFinalClauseBeforeAColon() {
        Quote q = only("Die Gewerkschaft erhöhte den Druck, indem sie die Firma zum Handeln aufforderte: "
                + "„Jetzt muss etwas geschehen.“");
        assertThat(q.speaker().text()).isEqualTo("sie");
    }

    @Test
    void germanLongSentenceAfterAClosedQuoteIsNotItsAttribution() {
        Quote q = only("Lena Vogt kommentierte den Bericht mit den Worten: „Das ist ein guter Tag.“ "
                + "Vogt reagierte damit auf die Kritik der Opposition an den Plänen der Regierung.");
        assertThat(q.speaker().text()).isEqualTo("Lena Vogt");
    }

    @Test
    void germanAccusativeAfterTheVerbIsNotTheSpeaker() {
        Quote q = only("Der Vorsitzende des Verbands, Michael Stein, kritisierte den Plan scharf: „Das ist unseriös.“");
        assertThat(q.speaker().text()).isEqualTo("Michael Stein");
    }

    @Test
    void aLabelBeforeAColonIsNotTheSubjectOfTheSentenceBefore() {
        Quote q = only("Verkehr: Die Partei will mehr Busse fördern. „Wir wollen saubere Städte.“");
        assertThat(q.speaker().text()).isEqualTo("Die Partei");
    }

    @Test
    void germanLautBeforeAVerbIsNoCue() {
        List<Quote> q = quotes("Die Warnung an „den Westen“ war schon vorher laut geworden.");
        assertThat(q).allSatisfy(z -> assertThat(z.speaker()).isNull());
    }

    @Test
    void germanSubjunctiveMakesAFragmentReportedSpeech() {
        List<Quote> q = quotes("Minister Karl Brenner trat am Montag zurück. Die Regierung sei „am Ende ihrer Kraft“.");
        assertThat(q).extracting(Quote::text).containsExactly("am Ende ihrer Kraft");
    }

    @Test
    void germanNamingVerbWithAlsMakesOneQuotedWordAQuotation() {
        Quote q = only("Der Verband bezeichnete den Entwurf als „Zumutung“.");
        assertThat(q.text()).isEqualTo("Zumutung");
        assertThat(q.speaker().text()).isEqualTo("Der Verband");
    }

    @Test
    void germanTitleWithoutSpeechIsStillNoQuotation() {
        assertThat(quotes("Er las am Wochenende den Roman „Der Prozess“ zu Ende."))
                .isEmpty();
    }

    // ---------------------------------------------------------------- English

    @Test
    void participleTakesTheSubjectOfItsClause() {
        Quote q = only("Senator Mary Cole spoke out on Tuesday about the closure, arguing that the plant was "
                + "“a lifeline for the town.”");
        assertThat(q.speaker().text()).isEqualTo("Senator Mary Cole");
    }

    @Test
    void piecesOfOneSentenceShareTheSpeaker() {
        List<Quote> q = quotes("Dan Reese said the decision was “a mistake” and “a waste of money.”");
        assertThat(q).hasSize(2);
        assertThat(q).allSatisfy(z -> assertThat(z.speaker().text()).isEqualTo("Dan Reese"));
    }

    @Test
    void cueLaterInTheSentenceBeatsTheSentenceBefore() {
        List<Quote> q = quotes("“This is not right,” Judge Ann Lowe said. “You ignored the warnings” for years, "
                + "the judge said, pointing at the defendant.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker().text()).isEqualTo("the judge");
    }

    @Test
    void paragraphThatIsOnlyAQuoteContinuesThePreviousSpeaker() {
        List<Quote> q = quotes("“We will appeal,” Tom Hale said.\n\n“The court got it wrong.”");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker().text()).isEqualTo("Tom Hale");
    }

    @Test
    void longAppositionWithAbbreviationsBeforeTheVerb() {
        Quote q = only("“We expect the vote to pass,” Senate leader Tom Hale, R-Ky., said Tuesday.");
        assertThat(q.speaker().text()).contains("Tom Hale");
    }

    @Test
    void possessiveBeforeAClaimIsTheSpeaker() {
        Quote q = only("Tom Hale refused to comment. Contrary to his claim that voters would “learn nothing,” "
                + "the files were released.");
        assertThat(q.speaker().text()).isEqualTo("his");
        assertThat(q.speaker().name()).isEqualTo("Tom Hale");
    }

    @Test
    void aReportSpeaksAsIt() {
        List<Quote> q = quotes("“The plan is unworkable,” the report said. “It ignores the costs,” it added.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker().text()).isEqualTo("it");
        assertThat(q.get(1).speaker().id()).isNull();
    }

    @Test
    void aCueAfterButGovernsTheNextQuoteNotThePreviousOne() {
        List<Quote> q = quotes("Ann Lowe said the video gave “no clear evidence,” but the chief said that the "
                + "footage “supports the account.”");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker().text()).isEqualTo("Ann Lowe");
        assertThat(q.get(1).speaker().text()).isEqualTo("the chief");
    }

    @Test
    void capitalisedCueInAHeadlineStillNamesTheSpeaker() {
        Quote q = only("Budget Is ‘A Disaster,’ Senator Ann Lowe Says\n\nThe vote was delayed again.");
        assertThat(q.speaker().text()).contains("Ann Lowe");
    }

    @Test
    void shortQuotedPhraseInASentenceWithoutReportedSpeechIsAScareQuote() {
        assertThat(quotes("The firm later closed the \"charity pub\" near the station."))
                .isEmpty();
        assertThat(quotes("Dan Reese said the firm closed the \"charity pub\" near the station."))
                .extracting(Quote::text)
                .containsExactly("charity pub");
    }

    @Test
    void namedMainClauseSpeakerBeatsTheEmbeddedPronoun() {
        Quote q = only("Rita Moll said she kept thinking, “Nobody in the room can see me.”");
        assertThat(q.speaker().text()).isEqualTo("Rita Moll");
    }

    @Test
    void anEmbeddedPronounOfAnotherGenderKeepsItsOwnQuote() {
        Quote q = only("Мария Захарова сказала, что он заявил: \"Мы не отступим\".");
        assertThat(q.speaker().text()).isEqualTo("он");
    }

    @Test
    void nounPhraseAfterAPrepositionIsNotTheSubject() {
        Quote q = only("Protesters marching through the streets chanted “What curfew?” until late.");
        assertThat(q.speaker().text()).isEqualTo("Protesters");
    }

    @Test
    void relativePronounBeforeTheCueStandsForTheNameBeforeIt() {
        Quote q = only("Among the guests was the singer Stevie Wonder, who joked, “I haven't seen it yet.”");
        assertThat(q.speaker().text()).isEqualTo("who");
        assertThat(q.speaker().name()).isEqualTo("Stevie Wonder");
    }

    @Test
    void oneEndlessSentenceOfQuotedPiecesAndCuesStaysLinear() {
        // a quadratic pass over the pieces of one sentence would take minutes here, not a second
        StringBuilder sb = new StringBuilder("Anna Berg said");
        for (int i = 0; i < 60_000; i++) {
            sb.append(
                    i % 3 == 0 ? " “we will” and, saying," : i % 3 == 1 ? " „sei es“ so er" : " \"они\", — сказал он,");
        }
        List<Quote> q = quotes(sb.toString());
        assertThat(q).hasSizeGreaterThan(10_000);
        assertThat(q).allSatisfy(z -> assertThat(z.span().end()).isLessThanOrEqualTo(sb.length()));
    }
}
