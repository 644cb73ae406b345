package dev.parallax.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks paragraph by paragraph, and finds dash-introduced speech.
 *
 * <p>Over {@code He said: “We will ‘win’.”} it gives one top-level stretch for {@code We will
 * ‘win’.} and a nested one for {@code win}. Styles: {@code “…”}, {@code „…“}, {@code „…”},
 * {@code ‘…’}, {@code ‚…‘}, {@code «…»}, {@code »…«}, {@code ‹…›}, {@code ›…‹}, {@code "…"},
 * {@code '…'} and the typewriter {@code ''…''}. A quote still open at the end of a paragraph
 * continues when the next paragraph opens with a mark (the news convention); otherwise it is
 * dropped and the scan goes on after the paragraph, so an unbalanced mark never swallows the rest
 * of the document. A paragraph that opens with a dash ({@code — Мы готовы, — сказал он.}) holds
 * speech up to a closing mark or to a dash after sentence punctuation.
 *
 * <p>One pass, a bounded stack: linear in the text length whatever the marks. Stateless.
 */
final class QuoteMarks {
    /** How deep quotes may nest before further openers are ignored (keeps each step O(1)). */
    private static final int MAX_DEPTH = 6;

    private QuoteMarks() {}

    /** How a stretch was delimited. */
    enum Kind {
        MARKS,
        DASH
    }

    /**
     * One quoted stretch; indices are UTF-16 into the text.
     *
     * @param open index of the opening mark (or dash)
     * @param contentStart first index of the quoted words
     * @param contentEnd index after the quoted words
     * @param close index after the closing mark ({@code contentEnd} when there is none)
     * @param depth 0 for a top-level stretch, 1 and more inside another
     * @param kind marks or dash speech
     * @param openMark the opening character
     * @param continues true when the stretch runs to its paragraph's end and goes on in the next
     * @param continued true when the stretch goes on from the previous paragraph
     */
    record Stretch(
            int open,
            int contentStart,
            int contentEnd,
            int close,
            int depth,
            Kind kind,
            char openMark,
            boolean continues,
            boolean continued) {}

    /** All stretches of a text, ordered by their opening index. */
    static List<Stretch> scan(String text) {
        List<Stretch> out = new ArrayList<>();
        int n = text.length();
        int p = 0;
        boolean carry = false; // the previous paragraph left a quote open that the next one may continue
        char carryMark = 0;
        while (p < n) {
            int e = text.indexOf('\n', p);
            if (e < 0) {
                e = n;
            }
            int lineEnd = e;
            if (lineEnd > p && text.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
            int first = skipSpace(text, p, lineEnd);
            if (first < lineEnd) {
                boolean continued = carry && isOpening(text, first, lineEnd);
                carryMark = scanParagraph(text, p, lineEnd, continued, out, nextParagraphOpensWithMark(text, e + 1));
                carry = carryMark != 0;
            }
            p = e + 1;
        }
        out.sort((a, b) -> a.open != b.open ? Integer.compare(a.open, b.open) : Integer.compare(a.depth, b.depth));
        return out;
    }

    private static boolean nextParagraphOpensWithMark(String text, int from) {
        int n = text.length();
        int i = from;
        // skip blank lines and indentation; a bounded look so a long run of blank lines stays linear overall
        int limit = Math.min(n, from + 4096);
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= limit) {
            return false;
        }
        int lineEnd = text.indexOf('\n', i);
        return isOpening(text, i, lineEnd < 0 ? n : lineEnd);
    }

    private static boolean isOpening(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
            return true;
        }
        return opensAlways(c) || c == '"' || c == '»' || c == '›' || c == '\'' || c == '‘';
    }

    private static boolean opensAlways(char c) {
        return c == '“' || c == '„' || c == '«' || c == '‹' || c == '‚';
    }

    /** Open entry on the stack. */
    private static final class Open {
        final int at;
        final int contentStart;
        final char mark; // '\'' with doubled=true for ''
        final boolean doubled;
        final boolean dash;

        Open(int at, int contentStart, char mark, boolean doubled, boolean dash) {
            this.at = at;
            this.contentStart = contentStart;
            this.mark = mark;
            this.doubled = doubled;
            this.dash = dash;
        }
    }

    /**
     * Scans one paragraph {@code [from, to)}; returns the opening mark of a top-level quote left
     * open at its end (0 when none).
     */
    private static char scanParagraph(
            String text, int from, int to, boolean continued, List<Stretch> out, boolean nextOpens) {
        Open[] stack = new Open[MAX_DEPTH];
        int depth = 0;
        int first = skipSpace(text, from, to);
        boolean firstContinued = continued;
        int i = first;
        // "— Мы готовы" and, in machine translations, "—We will…" glued to the dash
        if (isDash(text.charAt(first))
                && first + 1 < to
                && (text.charAt(first + 1) == ' ' || Character.isLetter(text.charAt(first + 1)))) {
            stack[depth++] = new Open(first, skipSpace(text, first + 1, to), '—', false, true);
            i = first + 1;
        }
        while (i < to) {
            char c = text.charAt(i);
            // dash speech: ", — сказал он. — Мы…" ends the speech at a dash after punctuation and resumes it after the
            // next
            if (depth == 1 && stack[0].dash && isDash(c) && i > from && text.charAt(i - 1) == ' ') {
                int before = i - 2;
                while (before > from && text.charAt(before) == ' ') {
                    before--;
                }
                if (before > stack[0].contentStart && ",.!?…".indexOf(text.charAt(before)) >= 0) {
                    emit(out, stack[0], before + (text.charAt(before) == ',' ? 0 : 1), i, 0, false, firstContinued);
                    firstContinued = false;
                    depth = 0;
                    stack[0] = null;
                    i++;
                    continue;
                }
            } else if (depth == 0 && isDash(c) && i > from + 1 && text.charAt(i - 1) == ' ') {
                // the narrator's words end with punctuation, then a dash resumes the speech
                char prev = text.charAt(i - 2);
                if ((prev == '.' || prev == ',' || prev == ':')
                        && i + 1 < to
                        && text.charAt(i + 1) == ' '
                        && dashSpeechBefore(out, from)) {
                    stack[depth++] = new Open(i, skipSpace(text, i + 1, to), '—', false, true);
                    i++;
                    continue;
                }
            }
            if (!isMarkChar(c)) {
                i++;
                continue;
            }
            boolean doubled = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
            int len = doubled ? 2 : 1;
            char prev = i > from ? text.charAt(i - 1) : ' ';
            char next = i + len < to ? text.charAt(i + len) : ' ';
            boolean prevSpace = Character.isWhitespace(prev) || isOpenPunct(prev);
            boolean nextSpace = Character.isWhitespace(next) || i + len >= to;
            // try to close an open quote first
            int match = -1;
            // French spaces its guillemets: « la situation »
            if (!prevSpace || c == '»' || c == '›') {
                for (int k = depth - 1; k >= 0 && match < 0; k--) {
                    if (closes(stack[k], c, doubled, next)) {
                        match = k;
                    }
                }
            }
            if (match >= 0) {
                Open o = stack[match];
                int contentEnd = i;
                emit(out, o, contentEnd, i + len, match, false, match == 0 && firstContinued);
                if (match == 0) {
                    firstContinued = false;
                }
                for (int k = match; k < depth; k++) {
                    stack[k] = null;
                }
                depth = match;
                i += len;
                continue;
            }
            if (canOpen(c, doubled, prev, next, prevSpace, nextSpace) && depth < MAX_DEPTH) {
                stack[depth++] = new Open(i, i + len, c, doubled, false);
            }
            i += len;
        }
        if (depth > 0) {
            Open o = stack[0];
            int end = to;
            while (end > o.contentStart && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (o.dash) {
                emit(out, o, end, end, 0, false, firstContinued);
                return 0;
            }
            if (nextOpens && o.mark != '‚') {
                emit(out, o, end, end, 0, true, firstContinued);
                return o.mark;
            }
        }
        return 0;
    }

    private static boolean dashSpeechBefore(List<Stretch> out, int paragraphStart) {
        return !out.isEmpty()
                && out.get(out.size() - 1).kind() == Kind.DASH
                && out.get(out.size() - 1).open() >= paragraphStart;
    }

    private static void emit(
            List<Stretch> out, Open o, int contentEnd, int close, int depth, boolean continues, boolean continued) {
        if (contentEnd <= o.contentStart) {
            return;
        }
        out.add(new Stretch(
                o.at,
                o.contentStart,
                contentEnd,
                close,
                depth,
                o.dash ? Kind.DASH : Kind.MARKS,
                o.mark,
                continues,
                continued));
    }

    private static boolean closes(Open o, char c, boolean doubled, char next) {
        if (o.dash) {
            // machine-translated dash speech keeps only the closing mark: — We will…," he said.
            return c == '”' || c == '"' || c == '»' || c == '“';
        }
        if (o.doubled) {
            return doubled;
        }
        switch (o.mark) {
            case '“':
            case '”':
                return c == '”' || c == '"';
            case '„':
                return c == '“' || c == '”';
            case '«':
                return c == '»';
            case '»':
                return c == '«';
            case '‹':
                return c == '›';
            case '›':
                return c == '‹';
            case '‚':
                return c == '‘' || c == '’';
            case '‘':
                return c == '’' && !Character.isLetter(next);
            case '"':
                return c == '"' || c == '”';
            case '\'':
                return c == '\'' && !doubled && !Character.isLetterOrDigit(next);
            default:
                return false;
        }
    }

    private static boolean canOpen(
            char c, boolean doubled, char prev, char next, boolean prevSpace, boolean nextSpace) {
        if (c == '«' || c == '‹') {
            return true;
        }
        if (nextSpace) {
            return false;
        }
        if (doubled) {
            return prevSpace || isDash(prev);
        }
        switch (c) {
            case '“':
            case '„':
            case '«':
            case '‹':
                return true;
            case '‚':
                return prevSpace;
            case '»':
            case '›':
            case '"':
                return prevSpace || isDash(prev) || prev == '/';
            case '”':
                // a typo or Swedish style: ”Words…” opening after a space
                return prevSpace && Character.isLetterOrDigit(next);
            case '‘':
            case '\'':
                return (prevSpace || isDash(prev)) && !Character.isDigit(next);
            default:
                return false;
        }
    }

    static boolean isMarkChar(char c) {
        switch (c) {
            case '“', '”', '„', '‘', '’', '‚', '«', '»', '‹', '›', '"', '\'':
                return true;
            default:
                return false;
        }
    }

    static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '―';
    }

    private static boolean isOpenPunct(char c) {
        return c == '(' || c == '[' || c == '{';
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
