package dev.parallax.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cleans a scraped news page, identifies its language(s) and splits its body into sentences.
 *
 * <pre>{@code
 * TextAnalysis a = TextPipeline.defaults().analyze(Document.of("a.txt",
 *         "Advertisement\nTalks end in Istanbul\nThe talks ended. Both sides will meet again.\nBy Jane Roe"));
 * a.language();        // "en"
 * a.paragraphs();      // HEADLINE "Talks end in Istanbul", BODY "The talks ended. Both sides…"
 * a.sentences();       // "Talks end in Istanbul", "The talks ended.", "Both sides will meet again."
 * a.removed();         // [0, 13) advertisement, [81, 92) byline
 * }</pre>
 *
 * <p>Cleaning removes the furniture of a scraped page line by line, by general rules: a leading
 * {@code date YYYY-MM-DD} field, lines of dates and times, bylines and source lines, breadcrumbs,
 * short lines of web-interface words, menus before the first sentence and widgets after the last,
 * repeated lines (a line printed twice in a row is a photo caption, kept once as {@link
 * Paragraph.Kind#CAPTION}), machine-translation footers, an agency dateline. Each removal keeps
 * its span and reason (see {@link Removal}); metadata such as bylines is read from there. Each
 * remaining line is one {@link Paragraph}: headlines and list items are never merged with the
 * next paragraph.
 *
 * <p>The language is identified for the whole body and then per paragraph (a paragraph in the
 * document's script that confirms the document's language by its function words, or is too short
 * to tell, takes it; see {@link LanguageIdentifier}); each sentence carries its paragraph's
 * language and is segmented with that language's abbreviation list ({@link SentenceSegmenter}).
 *
 * <p>Immutable and safe for concurrent use; linear in the length of the text (language
 * identification looks at a bounded sample of each paragraph).
 */
public final class TextPipeline {
    /** Characters of the body sampled for the document's language. */
    private static final int DOCUMENT_SAMPLE = 2000;

    private static final TextPipeline DEFAULTS = new TextPipeline(null);

    private final String fixedLanguage;

    private TextPipeline(String fixedLanguage) {
        this.fixedLanguage = fixedLanguage;
    }

    /** The standard pipeline: cleaning, language identification, segmentation. */
    public static TextPipeline defaults() {
        return DEFAULTS;
    }

    /**
     * A copy that takes every document and paragraph to be in {@code bcp47} instead of identifying
     * the language (faster; for callers who know it).
     *
     * @throws IllegalArgumentException when {@code bcp47} is not a well-formed language tag
     */
    public TextPipeline withLanguage(String bcp47) {
        return new TextPipeline(SentenceSegmenter.forLanguage(bcp47).language());
    }

    /** Analyzes one document. */
    public TextAnalysis analyze(Document doc) {
        Objects.requireNonNull(doc, "doc");
        String text = doc.text();
        Cleaner.Result cleaned = Cleaner.defaults().clean(text);
        LanguageIdentifier id = LanguageIdentifier.defaults();

        String docLang;
        if (fixedLanguage != null) {
            docLang = fixedLanguage;
        } else {
            StringBuilder sample = new StringBuilder();
            for (Cleaner.Block b : cleaned.blocks()) {
                if (sample.length() >= DOCUMENT_SAMPLE) {
                    break;
                }
                int end = Math.min(b.span().end(), b.span().start() + DOCUMENT_SAMPLE - sample.length());
                if (end < b.span().end() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
                sample.append(text, b.span().start(), end).append('\n');
            }
            docLang = id.identify(sample, 0, sample.length(), "und");
        }

        Map<String, SentenceSegmenter.Iterator> segmenters = new HashMap<>();
        List<Paragraph> paragraphs = new ArrayList<>(cleaned.blocks().size());
        List<Span> spans = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Cleaner.Block b : cleaned.blocks()) {
            Span span = b.span();
            String lang = fixedLanguage != null ? fixedLanguage : id.identify(text, span.start(), span.end(), docLang);
            paragraphs.add(new Paragraph(span, b.kind(), lang));
            SentenceSegmenter.Iterator it =
                    segmenters.computeIfAbsent(lang, l -> SentenceSegmenter.forLanguage(l).new Iterator());
            spans.clear();
            it.segmenter().splitInto(text, span.start(), span.end(), it, spans);
            for (Span s : spans) {
                sentences.add(new Sentence(s, s.in(text), lang));
            }
        }
        return new TextAnalysis(doc, docLang, paragraphs, sentences, cleaned.removed());
    }
}
