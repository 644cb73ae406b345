package dev.parallax.align;

import dev.parallax.text.Document;
import dev.parallax.text.LanguageIdentifier;
import dev.parallax.text.Removal;
import dev.parallax.text.Sentence;
import dev.parallax.text.TextAnalysis;
import dev.parallax.text.TextPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turning a document into the sentence list an aligner takes.
 *
 * <p>{@code AlignInput.lines(Document.of("a.txt", "One.\r\nTwo.\n")).sentences()} is {@code ["One.",
 * "Two."]}: each line is one sentence exactly as written (a final {@code \r} and the empty rest
 * after a final newline are not sentences; an empty line inside the text is an empty sentence, so
 * that indices stay line numbers). {@link #text} runs the text room's {@link TextPipeline}
 * (cleaning, language identification, segmentation) and keeps what the cleaning removed, so that a
 * caller can report it. Stateless and safe for concurrent use.
 */
public final class AlignInput {
    private AlignInput() {}

    /**
     * One side of an alignment.
     *
     * @param sentences the sentences, in order
     * @param language BCP 47 tag, or {@code null} when not known yet (see {@link #languageOrIdentify})
     * @param removed passages the cleaning dropped (empty for lines)
     */
    public record Side(List<String> sentences, String language, List<Removal> removed) {
        public Side {
            sentences = List.copyOf(sentences);
            removed = List.copyOf(removed);
        }

        /** The language given or found, else identified from the sentences ({@code und} when unclear). */
        public String languageOrIdentify() {
            if (language != null) {
                return language;
            }
            StringBuilder sample = new StringBuilder();
            for (String s : sentences) {
                if (sample.length() > LanguageIdentifier.MAX_SAMPLE) {
                    break;
                }
                sample.append(s).append('\n');
            }
            return LanguageIdentifier.defaults().identify(sample);
        }
    }

    /** One sentence per line, taken as it is; {@code language} may be null. */
    public static Side lines(Document doc, String language) {
        return new Side(lines(doc), language, List.of());
    }

    /** Cleaned and segmented by the text pipeline; {@code language} (may be null) skips identification. */
    public static Side text(Document doc, String language) {
        Objects.requireNonNull(doc, "doc");
        TextPipeline p = language == null
                ? TextPipeline.defaults()
                : TextPipeline.defaults().withLanguage(language);
        TextAnalysis a = p.analyze(doc);
        List<String> s = new ArrayList<>();
        for (Sentence sentence : a.sentences()) {
            s.add(sentence.text());
        }
        return new Side(s, language != null ? language : a.language(), a.removed());
    }

    /** One sentence per line, taken as it is. */
    public static List<String> lines(Document doc) {
        Objects.requireNonNull(doc, "doc");
        String t = doc.text();
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl;
            int e = end > pos && t.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(t.substring(pos, e));
            pos = end + 1;
        }
        return List.copyOf(out);
    }
}
