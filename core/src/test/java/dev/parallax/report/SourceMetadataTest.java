package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.Document;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SourceMetadataTest {
    private static SourceMetadata.Meta meta(String text) {
        return SourceMetadata.extract(Document.of("x.txt", text));
    }

    @Test
    void datelineNamesTheOutlet() {
        SourceMetadata.Meta m = meta("KYIV (Ukrinform). The talks ended.\nMore text.");
        assertThat(m.outlet()).isEqualTo("Ukrinform");
        assertThat(m.evidence()).isEqualTo("dateline");
        assertThat(meta("BERLIN, May 3 (Reuters) - Talks began.").outlet()).isEqualTo("Reuters");
    }

    @Test
    void sourceLineAndSelfReference() {
        assertThat(meta("Talks began.\nSource: Tass   Editor: Ivan Petrov").outlet())
                .isEqualTo("Tass");
        SourceMetadata.Meta m = meta("The delegation arrived, Report.Az reports citing local media.");
        assertThat(m.outlet()).isEqualTo("Report.Az");
        assertThat(m.evidence()).isEqualTo("self-reference");
    }

    @Test
    void westernMediaReportedIsNotAnOutlet() {
        assertThat(meta("Western media reported that talks began. Nothing else.")
                        .outlet())
                .isNull();
    }

    @Test
    void mastheadPrintedTwice() {
        SourceMetadata.Meta m = meta("Anadolu\nTalks began in the city today.\nAnadolu\nThey ended late.");
        assertThat(m.outlet()).isEqualTo("Anadolu");
        assertThat(m.evidence()).isEqualTo("masthead");
    }

    @Test
    void interviewerCitedMostOftenIsTheLastResort() {
        SourceMetadata.Meta m = meta("He told Kommersant. She told Kommersant. They told Interfax.");
        assertThat(m.outlet()).isEqualTo("Kommersant");
        assertThat(m.evidence()).isEqualTo("cited-as-interviewer");
    }

    @Test
    void bylineAndDates() {
        SourceMetadata.Meta m = meta(" date 2024-02-03 Headline here\nBody text goes on.\nBy Anna Maria Kowalska");
        assertThat(m.author()).isEqualTo("Anna Maria Kowalska");
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(meta("Headline\n15:06 GMT 01.06.2025\nBody.").date()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(meta("Body about the past.\nOne.\nTwo.\nThree.\nFour.\nFive.\nOn May 16, 2025 talks were held.")
                        .date())
                .isNull();
    }
}
