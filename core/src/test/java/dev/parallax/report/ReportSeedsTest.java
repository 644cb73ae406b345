package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report on seeds/ says what a reader of the five articles would say. */
class ReportSeedsTest {
    private final Report r = Seeds.report();

    private Report.Name nameSpelt(String spelling) {
        return r.names().stream()
                .filter(n -> n.spellings().stream().anyMatch(s -> s.text().equals(spelling)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nobody spelt " + spelling));
    }

    private List<String> spellingsBy(Report.Name n, String outlet) {
        int s = Seeds.source(r, outlet);
        return n.spellings().stream()
                .filter(x -> x.source() == s)
                .map(Report.Spelling::text)
                .toList();
    }

    @Test
    void outletsComeFromTheText() {
        assertThat(r.sources())
                .extracting(Report.Source::outlet)
                .containsExactly("Sputnik", "Izvestia", "Xinhua", "Realist English", "Caliber.Az");
        assertThat(r.sources())
                .extracting(Report.Source::outletEvidence)
                .containsExactly(
                        "cited-as-interviewer", "cited-as-interviewer", "source-line", "dateline", "self-reference");
        assertThat(r.sources().get(4).author()).isEqualTo("Aghakazim Guliyev");
        assertThat(r.sources())
                .extracting(Report.Source::date)
                .containsExactly("2025-05-16", null, "2025-05-16", null, null);
        assertThat(r.sources()).extracting(Report.Source::language).containsOnly("en");
    }

    @Test
    void cleaningIsCountedByReason() {
        assertThat(r.sources().get(0).removed()).containsEntry("duplicate-caption", 3);
        assertThat(r.sources().get(1).removed()).containsKeys("machine-translation", "widget");
        assertThat(r.sources().get(2).removed()).containsKey("source-line");
        assertThat(r.sources().get(4).removed()).containsKey("byline");
    }

    @Test
    void kievAndKyivAreOnePlaceSpeltByOutlet() {
        Report.Name kyiv = nameSpelt("Kyiv");
        assertThat(nameSpelt("Kiev").id()).isEqualTo(kyiv.id());
        assertThat(spellingsBy(kyiv, "Sputnik")).containsExactly("Kiev");
        assertThat(spellingsBy(kyiv, "Izvestia")).containsExactly("Kiev");
        assertThat(spellingsBy(kyiv, "Realist English")).containsExactly("Kyiv");
        assertThat(spellingsBy(kyiv, "Caliber.Az")).containsExactly("Kyiv");
        assertThat(kyiv.spellingsDiffer()).isTrue();
    }

    @Test
    void lugovskoyIsLuhovskyi() {
        Report.Name n = nameSpelt("Oleg Lugovskoy");
        assertThat(spellingsBy(n, "Sputnik")).containsExactly("Oleg Lugovskoy");
        assertThat(spellingsBy(n, "Xinhua")).containsExactly("Oleh Luhovskyi");
        assertThat(spellingsBy(n, "Caliber.Az")).containsExactly("Oleh Luhovskyi");
    }

    @Test
    void alexandrFominIsAlexanderFominButAndreiFominIsSomeoneElse() {
        Report.Name alexander = nameSpelt("Alexander Fomin");
        assertThat(nameSpelt("Alexandr Fomin").id()).isEqualTo(alexander.id());
        assertThat(nameSpelt("Andrei Fomin").id()).isNotEqualTo(alexander.id());
        assertThat(r.disagreements()).filteredOn(d -> d.kind().equals("name")).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo("distinct");
            assertThat(d.claims())
                    .extracting(Report.Claim::value)
                    .containsExactlyInAnyOrder("Alexander Fomin", "Andrei Fomin");
        });
    }

    @Test
    void surnameAloneJoinsTheFullName() {
        Report.Name medinsky = nameSpelt("Vladimir Medinsky");
        assertThat(nameSpelt("Medinsky").id()).isEqualTo(medinsky.id());
        assertThat(medinsky.sourceCount()).isEqualTo(5);
    }

    @Test
    void theDurationFactIsOneClusterAcrossFourOutlets() {
        Report.Fact f = factContaining("lasted nearly two hours");
        assertThat(f.items())
                .extracting(Report.Item::text)
                .anyMatch(t -> t.contains("almost two hours"))
                .anyMatch(t -> t.contains("lasted less than two hours"))
                .anyMatch(t -> t.contains("lasting less than two hours"));
        assertThat(r.facts().indexOf(f)).isLessThan(3);
    }

    @Test
    void thePrisonerExchangeIsOneFactAndItsNumbersAgree() {
        Report.Fact f = factContaining("1,000 prisoners from each side");
        assertThat(f.items())
                .extracting(Report.Item::text)
                .anyMatch(t -> t.contains("1000-for-1000"))
                .anyMatch(t -> t.contains("\"1000 to 1000\""));
        assertThat(r.disagreements())
                .noneMatch(d -> f.id().equals(d.fact()) && d.kind().equals("number"));
    }

    @Test
    void nearlyTwoHoursAgainstLessThanTwoHoursIsReported() {
        Report.Fact f = factContaining("lasted nearly two hours");
        Report.Disagreement d = r.disagreements().stream()
                .filter(x -> f.id().equals(x.fact()) && x.kind().equals("duration"))
                .findFirst()
                .orElseThrow();
        assertThat(d.severity()).isEqualTo("nuance");
        assertThat(d.claims())
                .extracting(Report.Claim::value)
                .anyMatch(v -> v.contains("nearly two hours"))
                .anyMatch(v -> v.contains("less than two hours"));
    }

    @Test
    void dolmabahceAndCiraganShowTwoDifferentEvents() {
        Report.Disagreement d = r.disagreements().stream()
                .filter(x -> x.kind().equals("event"))
                .findFirst()
                .orElseThrow();
        assertThat(d.claims()).extracting(Report.Claim::value).containsExactly("Dolmabahçe Palace", "Çırağan Palace");
        assertThat(d.claims().get(0).normalized()).contains("May 16, 2025");
        assertThat(d.claims().get(1).sources()).containsExactly(Seeds.source(r, "Caliber.Az"));
        assertThat(d.claims().get(1).normalized()).contains("May 24, 2025");
    }

    @Test
    void theTwoTranslationsOfMedinskysStatementAreAligned() {
        Report.Quote q = r.quotes().stream()
                .filter(x ->
                        x.renderings().stream().anyMatch(i -> i.text().startsWith("After such a vision is presented")))
                .findFirst()
                .orElseThrow();
        assertThat(q.speaker()).isEqualTo("Vladimir Medinsky");
        assertThat(q.renderings())
                .extracting(Report.Item::source)
                .containsExactly(Seeds.source(r, "Izvestia"), Seeds.source(r, "Realist English"));
        assertThat(q.renderings().get(1).text()).startsWith("Each side will present its detailed position");
        assertThat(r.quotes().get(0)).isEqualTo(q);
    }

    @Test
    void fragmentsAreMarkedAndListedAfterFullQuotations() {
        Report.Quote inform = r.quotes().stream()
                .filter(q -> q.renderings().get(0).text().equals("inform soon"))
                .findFirst()
                .orElseThrow();
        assertThat(inform.partial()).isTrue();
        assertThat(inform.speaker()).isEqualTo("Rustem Umerov");
        assertThat(r.quotes().get(0).partial()).isFalse();
        // among the quotes of one outlet each, full quotations come before fragments
        List<Report.Quote> single = r.quotes().stream()
                .filter(q -> q.sourceCount() == 1 && q.speaker() != null)
                .toList();
        int firstFragment = single.indexOf(
                single.stream().filter(Report.Quote::partial).findFirst().orElseThrow());
        assertThat(single.subList(firstFragment, single.size())).allMatch(Report.Quote::partial);
    }

    @Test
    void speakersAfterTheQuoteAreFound() {
        assertThat(r.quotes())
                .filteredOn(q -> q.renderings().get(0).text().startsWith("We will do everything we can"))
                .singleElement()
                .extracting(Report.Quote::speaker)
                .isEqualTo("Bogdan Bezpalko");
    }

    @Test
    void spansPointIntoTheOriginalText() {
        var docs = Seeds.documents();
        for (Report.Fact f : r.facts()) {
            for (Report.Item it : f.items()) {
                assertThat(docs.get(it.source()).text(it.span())).isEqualTo(it.text());
            }
        }
    }

    private Report.Fact factContaining(String text) {
        return r.facts().stream()
                .filter(f -> f.items().stream().anyMatch(i -> i.text().contains(text)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no fact with " + text));
    }
}
