package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial Unicode through the whole pipeline: every span in bounds, ordered, not
 * overlapping, its text exactly the original substring, no sentence crossing a line break, and
 * sentences, paragraphs and removals never sharing characters.
 */
class TextPipelinePropertyTest {
    private static final String[] PIECES = {
        "The talks ended. ",
        "Dr. ",
        "U.S. ",
        "В. Путин ",
        "т.е. ",
        "«Почему?» ",
        "“Why?” he asked. ",
        ".” ",
        "?» ",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        " ",
        "\t",
        "\u00A0",
        "\u2028",
        "\u2029",
        "\u0085",
        "\u000B",
        "\u000C",
        "\uD83D\uDE00",
        "\uD835\uDC00",
        "e\u0301",
        "\u0301",
        "\u200B",
        "\u200D",
        "\u200E",
        "\u200F",
        "\u202E",
        "\uFEFF",
        "שלום. ",
        "مرحبا. ",
        "\uD800",
        "\uDC00",
        "\uDBFF\uDFFF",
        "...",
        "!!!",
        "?",
        ".",
        "Advertisement\n",
        "By Jane Roe\n",
        "11:07\n",
        "Source: X\n",
        "News / World\n",
        " date 2025-05-16 ",
        "Переведено сервисом «Яндекс Переводчик»\n",
        "KYIV (Reuters) - ",
        "Київ. ",
        "1,000 ",
        "a.m. ",
        "– ",
        "— ",
        "• item\n",
        "1. ",
        "\"",
        "'",
        "(",
        ")",
    };

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(4)) {
                case 0 -> sb.append(PIECES[r.nextInt(PIECES.length)]);
                case 1 -> sb.appendCodePoint(r.nextInt(0x80));
                case 2 -> sb.append((char) r.nextInt(0x10000));
                default -> {
                    int cp = r.nextInt(Character.MAX_CODE_POINT + 1);
                    sb.appendCodePoint(cp);
                }
            }
        }
        return sb.toString();
    }

    @Test
    void spansAreSoundOnRandomText() {
        // -Dparallax.seed=N replays a failing run.
        long seed = dev.parallax.TestSeeds.seed();
        Random r = new Random(seed);
        for (int round = 0; round < 400; round++) {
            String text = randomText(r);
            try {
                check(TextPipeline.defaults().analyze(Document.of("random", text)));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "seed " + seed + ", round " + round + ", text " + BadInputException.visible(text), e);
            }
        }
    }

    @Test
    void hugeLineWithoutBreaksIsOneLinearPass() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 2_000_000) {
            sb.append("word ");
        }
        TextAnalysis a = TextPipeline.defaults().analyze(Document.of("huge", sb.toString()));
        assertThat(a.sentences()).hasSize(1);
        check(a);
        StringBuilder many = new StringBuilder();
        while (many.length() < 2_000_000) {
            many.append("The talks ended. Dr. Smith left. ");
        }
        TextAnalysis b = TextPipeline.defaults().analyze(Document.of("huge", many.toString()));
        assertThat(b.sentences()).hasSizeGreaterThan(100_000);
        check(b);
    }

    static void check(TextAnalysis a) {
        String text = a.document().text();
        List<Span> all = new ArrayList<>();
        checkList(text, a.paragraphs().stream().map(Paragraph::span).toList());
        checkList(text, a.sentences().stream().map(Sentence::span).toList());
        checkList(text, a.removed().stream().map(Removal::span).toList());
        for (Sentence s : a.sentences()) {
            assertThat(s.text()).isEqualTo(s.span().in(text));
            assertThat(s.text()).doesNotContain("\n", "\r", "\u2028", "\u2029");
            assertThat(a.paragraphs()).anyMatch(p -> p.span().contains(s.span()));
            assertThat(s.lang()).isNotBlank();
        }
        all.addAll(a.paragraphs().stream().map(Paragraph::span).toList());
        all.addAll(a.removed().stream().map(Removal::span).toList());
        all.sort(null);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).overlaps(all.get(i - 1)))
                    .as("%s overlaps %s", all.get(i), all.get(i - 1))
                    .isFalse();
        }
    }

    private static void checkList(String text, List<Span> spans) {
        int last = 0;
        for (Span s : spans) {
            assertThat(s.isEmpty()).isFalse();
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            last = s.end();
            // Never starts or ends with white space, never splits a surrogate pair.
            assertThat(Character.isWhitespace(text.charAt(s.start())))
                    .as("%s starts with white space: %s", s, BadInputException.visible(s.in(text)))
                    .isFalse();
            assertThat(Character.isWhitespace(text.charAt(s.end() - 1)))
                    .as("%s ends with white space: %s", s, BadInputException.visible(s.in(text)))
                    .isFalse();
            assertThat(Character.isLowSurrogate(text.charAt(s.start()))
                            && s.start() > 0
                            && Character.isHighSurrogate(text.charAt(s.start() - 1)))
                    .isFalse();
            assertThat(Character.isHighSurrogate(text.charAt(s.end() - 1))
                            && s.end() < text.length()
                            && Character.isLowSurrogate(text.charAt(s.end())))
                    .isFalse();
        }
    }
}
