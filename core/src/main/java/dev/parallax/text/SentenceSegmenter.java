package dev.parallax.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits text into sentences: ICU's sentence {@link BreakIterator} proposes boundaries, and our
 * own abbreviation and initials lists (files {@code dictionaries/text/abbreviations-*.txt}) veto
 * the wrong ones.
 *
 * <pre>{@code
 * SentenceSegmenter.forLanguage("en").split("Dr. Smith met V. Putin. “Why?” he asked.\nNext", 0, 49)
 *   // [0, 24) "Dr. Smith met V. Putin."   [25, 44) "“Why?” he asked."   [45, 49) "Next"
 * }</pre>
 *
 * <ul>
 *   <li>Line and paragraph breaks are hard boundaries: a sentence never spans two lines.
 *   <li>A closing quote or bracket after the final mark ({@code .”}, {@code ?»}, {@code ."}) stays
 *       with its sentence.
 *   <li>No break after a listed abbreviation ({@code Dr.}, {@code Sen.}, {@code U.S.}, {@code г.},
 *       {@code т.е.}, {@code z. B.}), after a single capital initial ({@code В. Путин}), or before a
 *       sentence that would start with a lower-case letter ({@code “Why?” he asked}).
 *   <li>Spans exclude surrounding white space and never are empty.
 * </ul>
 *
 * <p>Linear in the length of the text, without copying it. Immutable and safe for concurrent use;
 * the ICU iterator is created per call.
 */
public final class SentenceSegmenter {
    private final String lang;
    private final Abbreviations abbreviations;
    private final ULocale locale;

    private SentenceSegmenter(String lang, Abbreviations abbreviations) {
        this.lang = lang;
        this.abbreviations = abbreviations;
        this.locale = ULocale.forLanguageTag(lang);
    }

    /**
     * A segmenter for a BCP 47 language ({@code "en"}, {@code "ru"}, {@code "uk"}, {@code "de"},
     * {@code "fr"}); {@code "und"} or a language without its own list uses the shared list only.
     *
     * @throws IllegalArgumentException when {@code bcp47} is not a well-formed language tag
     */
    public static SentenceSegmenter forLanguage(String bcp47) {
        Objects.requireNonNull(bcp47, "bcp47");
        Locale loc = Locale.forLanguageTag(bcp47);
        if (bcp47.isBlank() || (loc.getLanguage().isEmpty() && !bcp47.equalsIgnoreCase("und"))) {
            throw new IllegalArgumentException("bcp47: '" + bcp47 + "' is not a BCP 47 language tag");
        }
        String primary = loc.getLanguage().isEmpty() ? "und" : loc.getLanguage();
        return new SentenceSegmenter(primary, Abbreviations.forLanguage(primary));
    }

    /** The primary language subtag this segmenter was built for. */
    public String language() {
        return lang;
    }

    /** Sentences of a whole text. */
    public List<Span> split(CharSequence text) {
        return split(text, 0, text.length());
    }

    /**
     * Sentences of {@code text[start, end)}, as spans into {@code text}, in order and not overlapping.
     *
     * @throws IllegalArgumentException when the range lies outside the text
     */
    public List<Span> split(CharSequence text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException(
                    "range [" + start + ", " + end + ") outside a text of length " + text.length());
        }
        List<Span> out = new ArrayList<>();
        splitInto(text.toString(), start, end, new Iterator(), out);
        return List.copyOf(out);
    }

    /**
     * ICU's iterator for one caller and thread, created on first need: cloning it costs as much as
     * segmenting a paragraph, so a caller splitting many paragraphs reuses one.
     */
    final class Iterator {
        private BreakIterator it;

        SentenceSegmenter segmenter() {
            return SentenceSegmenter.this;
        }

        BreakIterator get() {
            if (it == null) {
                it = BreakIterator.getSentenceInstance(locale);
            }
            return it;
        }
    }

    /** Appends the sentences of {@code s[start, end)} to {@code out}, reusing {@code iterator}. */
    void splitInto(String s, int start, int end, Iterator iterator, List<Span> out) {
        int lineStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || isLineBreak(s.charAt(i))) {
                int a = skipSpace(s, lineStart, i);
                int b = trimEnd(s, a, i);
                if (a < b) {
                    splitLine(s, a, b, iterator, out);
                }
                lineStart = i + 1;
            }
        }
    }

    private void splitLine(String s, int start, int end, Iterator iterator, List<Span> out) {
        if (!mayHaveBoundary(s, start, end)) {
            out.add(new Span(start, end));
            return;
        }
        BreakIterator it = iterator.get();
        it.setText(new StringCharacterIterator(s, start, end, start));
        int segStart = start;
        int b = it.next();
        while (b != BreakIterator.DONE && b < end) {
            if (!vetoed(s, segStart, b, end)) {
                emit(s, segStart, b, out);
                segStart = b;
            }
            b = it.next();
        }
        emit(s, segStart, end, out);
    }

    /** ICU's work is only needed where a sentence-final mark occurs. */
    private static boolean mayHaveBoundary(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (c > 0x7F && UCharacter.hasBinaryProperty(c, UProperty.S_TERM)) {
                return true;
            }
        }
        return false;
    }

    private static void emit(String s, int a, int b, List<Span> out) {
        int x = skipSpace(s, a, b);
        int y = trimEnd(s, x, b);
        if (x < y) {
            out.add(new Span(x, y));
        }
    }

    /** True when the boundary ICU proposes at {@code b} is wrong. */
    private boolean vetoed(String s, int segStart, int b, int end) {
        // The next sentence would start with a lower-case letter: "“Why?” he asked".
        int n = b;
        while (n < end && !Character.isLetterOrDigit(s.codePointAt(n))) {
            char c = s.charAt(n);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || isOpening(c) || isDash(c))) {
                break;
            }
            n++;
        }
        if (n < end && Character.isLowerCase(s.codePointAt(n))) {
            return true;
        }
        int p = trimEnd(s, segStart, b);
        if (p == segStart || s.charAt(p - 1) != '.') {
            return false;
        }
        // The word before the period, with inner periods: "U.S", "т.е", "Dr", "В".
        int w = p - 1;
        while (w > segStart && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        if (w == p - 1) {
            return false;
        }
        if (w > segStart && Character.isLetterOrDigit(s.codePointBefore(w))) {
            return false;
        }
        String word = s.substring(w, p - 1);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            // An initial, "В. Путин", "V. Putin" — unless the next word is not a name at all.
            return n < end && Character.isUpperCase(s.codePointAt(n));
        }
        Abbreviations.Kind kind = abbreviations.kind(word);
        if (kind == Abbreviations.Kind.ALWAYS) {
            return true;
        }
        if (kind == Abbreviations.Kind.UNLESS_AFTER_NUMBER) {
            int q = w;
            while (q > segStart && Character.isWhitespace(s.charAt(q - 1))) {
                q--;
            }
            return !(q > segStart && Character.isDigit(s.charAt(q - 1)));
        }
        return false;
    }

    private static boolean isOpening(char c) {
        int t = Character.getType(c);
        return t == Character.START_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION
                || c == '"'
                || c == '\''
                || c == '„'
                || c == '«'
                || c == '»';
    }

    private static boolean isDash(char c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    static boolean isLineBreak(char c) {
        return c == '\n'
                || c == '\r'
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u0085'
                || c == '\u000B'
                || c == '\u000C';
    }

    static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static int skipSpace(CharSequence s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    static int trimEnd(CharSequence s, int from, int to) {
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
