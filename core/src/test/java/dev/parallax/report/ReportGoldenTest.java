package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the JSON report on seeds/. The golden file is indented for reading; regenerate it only on
 * purpose, then review the diff: {@code ./mvnw -pl core -am test -Dtest=ReportGoldenTest
 * -Dparallax.golden.update=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReportGoldenTest {
    private static final Path GOLDEN =
            Seeds.folder().getParent().resolve("core/src/test/resources/dev/parallax/report/seeds.golden.json");

    @Test
    void jsonOnSeedsMatchesTheGoldenFile() throws IOException {
        String actual = indent(ReportJson.write(Seeds.report()));
        if (Boolean.getBoolean("parallax.golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).exists();
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void indentKeepsTheJsonValue() {
        String compact = "{\"a\":[1,{\"b\":\"x, [y]:\\\"z\\\"\"}],\"c\":[],\"d\":{}}";
        assertThat(indent(compact).replaceAll("\n\\s*", "").replace(": ", ":")).isEqualTo(compact);
    }

    /** Two-space indentation of compact JSON, one value per line, strings untouched. */
    static String indent(String json) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    char close = c == '{' ? '}' : ']';
                    if (i + 1 < json.length() && json.charAt(i + 1) == close) {
                        out.append(c).append(close);
                        i++;
                    } else {
                        depth++;
                        out.append(c).append('\n').append("  ".repeat(depth));
                    }
                }
                case '}', ']' -> {
                    depth--;
                    out.append('\n').append("  ".repeat(depth)).append(c);
                }
                case ',' -> out.append(",\n").append("  ".repeat(depth));
                case ':' -> out.append(": ");
                default -> out.append(c);
            }
        }
        return out.append('\n').toString();
    }
}
