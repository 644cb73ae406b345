package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataFilesTest {
    @Test
    void skipsCommentsAndBlankLinesButKeepsLineNumbers() {
        List<DataFiles.Line> lines = DataFiles.lines("test-data/sample.txt");

        assertThat(lines).extracting(DataFiles.Line::text).containsExactly("palace\thall", "spaced word", "bad");
        assertThat(lines).extracting(DataFiles.Line::number).containsExactly(3, 4, 6);
    }

    @Test
    void fieldCountErrorsNameFileAndLine() {
        DataFiles.Line bad = DataFiles.lines("test-data/sample.txt").get(2);

        assertThat(DataFiles.lines("test-data/sample.txt").get(0).fields(2)).containsExactly("palace", "hall");
        assertThatThrownBy(() -> bad.fields(2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("dictionaries/test-data/sample.txt:6: expected 2 tab-separated fields, got 1");
    }

    @Test
    void wordsSplitsAtWhiteSpaceAndLowerCases() {
        assertThat(DataFiles.words("test-data/sample.txt"))
                .containsExactlyInAnyOrder("palace", "hall", "spaced", "word", "bad");
    }

    @Test
    void aMissingFileIsAPackagingError() {
        assertThatThrownBy(() -> DataFiles.lines("test-data/absent.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/dev/parallax/dictionaries/test-data/absent.txt");
    }

    @Test
    void theShippedReportListsLoad() {
        assertThat(DataFiles.words("report/venues.txt")).contains("palace", "дворец", "château");
        assertThat(DataFiles.words("mentions/institution-words.txt")).contains("ministry", "times");
    }
}
