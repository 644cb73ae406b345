package dev.parallax.text;

import dev.parallax.internal.DataFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the furniture of a scraped news page out of the article body, line by line, and says why.
 *
 * <p>For {@code "Advertisement\nTalks end\nThe talks ended.\nBy Jane Roe"} the body is a headline
 * ({@code Talks end}) and a paragraph; {@code Advertisement} is removed as {@code advertisement}
 * and {@code By Jane Roe} as {@code byline}.
 *
 * <p>Rules are general, not lists of known lines: a leading {@code date YYYY-MM-DD} field; lines of
 * dates, times and time-stamp words; bylines ({@code By …}) and source or editor lines ({@code
 * Source: …}, or a short name right before a time stamp); breadcrumbs ({@code News / World});
 * short lines of web-interface words (a small multilingual lexicon, {@code
 * dictionaries/text/ui-words.txt}); a line printed twice in a row (a photo caption: the first copy
 * stays as {@link Paragraph.Kind#CAPTION}); a line repeating one a few lines above; one- and
 * two-word lines in a run of three or more short non-sentence lines before the first sentence; short non-sentence lines after the
 * last sentence; machine-translation footers ({@code dictionaries/text/mt-footers.txt}); an
 * agency dateline opening the first paragraph ({@code ISTANBUL (Realist English).}).
 *
 * <p>Each non-blank line is one unit (a paragraph, headline, list item or caption); lines are
 * never merged. Linear in the text length. Immutable and safe for concurrent use.
 */
final class Cleaner {
    /** A kept unit of the body, before language identification. */
    record Block(Span span, Paragraph.Kind kind) {}

    /** The result: the body's units and what was removed, both in text order. */
    record Result(List<Block> blocks, List<Removal> removed) {}

    private static final int SHORT_WORDS = 4;
    private static final int UI_MAX_WORDS = 5;
    private static final int HEADLINE_MAX_WORDS = 20;
    private static final int DUPLICATE_WINDOW = 8;

    private static final Pattern DATE_FIELD =
            Pattern.compile("(?i)date\\s*:?\\s+\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
    private static final Pattern DATE =
            Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}/\\d{1,2}/\\d{1,2}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.]*");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?iu)(source|sources|editor|editors|edited by|photo|photos|credit|credits|reporting by|writing by"
                    + "|источник|редактор|фото|джерело|редактор|quelle|redaktion|fuente|fonte|źródło)\\s*:.*");
    private static final Pattern BYLINE = Pattern.compile(
            "(?u)(?:by|от|von|par|por|di|автор:?|авторка:?)\\s+"
                    + "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:and|и|і|und|et|y|e|,)?\\s*\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,5}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BREADCRUMB = Pattern.compile(
            "(?U)[\\p{L}\\p{M}][\\p{L}\\p{M}\\s'’-]{0,30}(?:\\s*[/›»>|•]\\s*[\\p{L}\\p{M}][\\p{L}\\p{M}\\s'’-]{0,30}){1,6}");
    /** A trailing "Updated / video" after a headline. */
    private static final Pattern TRAILING_CRUMB = Pattern.compile("(?U)\\s+([\\p{L}]+(?:\\s*/\\s*[\\p{L}]+)+)$");

    private static final Pattern BULLET = Pattern.compile("(?u)(?:[•·▪◦‣∙*►✓]|-(?=\\s)|\\d{1,2}[.)](?=\\s))\\s*\\S.*");
    /** "Title words – explanation": one item of a dash-structured list. */
    private static final Pattern DASH_ITEM = Pattern.compile("(?u)\\p{Lu}[^.!?:;–—]{2,80}?\\s[–—-]\\s+\\S.*");
    /** "ISTANBUL (Realist English). ", "KYIV, May 16 (Reuters) - ", "МОСКВА, 16 мая. /ТАСС/. ". */
    private static final Pattern DATELINE = Pattern.compile(
            "(?u)\\p{Lu}[\\p{Lu}\\p{M}'’-]{2,}(?:[ -]\\p{Lu}[\\p{Lu}\\p{M}'’-]+){0,3}"
                    + "(?:,\\s*[\\p{L}\\p{N} ]{1,25})?\\s*"
                    + "(?:\\([^()\\n]{2,40}\\)\\s*(?:[.:]|[-–—]+)|\\.?\\s*/[^/\\n]{2,25}/\\.?|[-–—]+\\s*\\p{Lu}[\\p{L}]+\\s*[-–—]+)\\s+");

    private static final Cleaner DEFAULTS = new Cleaner();

    private Cleaner() {}

    static Cleaner defaults() {
        return DEFAULTS;
    }

    /** A non-blank line: trimmed bounds, and the line index among non-blank lines. */
    private static final class Line {
        int start;
        int end;
        int words;
        boolean sentenceEnd;
        String reason;
        Paragraph.Kind kind;

        Line(int start, int end) {
            this.start = start;
            this.end = end;
        }
    }

    Result clean(String text) {
        List<Removal> removed = new ArrayList<>();
        List<Line> lines = lines(text);
        if (!lines.isEmpty()) {
            leadingDateField(text, lines.get(0), removed);
            if (lines.get(0).start >= lines.get(0).end) {
                lines.remove(0);
            }
        }
        for (Line l : lines) {
            l.words = countWords(text, l.start, l.end, HEADLINE_MAX_WORDS + 1);
            l.sentenceEnd = endsSentence(text, l.start, l.end);
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            l.reason = lineRule(text, l);
        }
        sourceBeforeStamp(text, lines);
        duplicates(text, lines);
        leadingRun(lines);
        trailing(lines);

        List<Block> blocks = new ArrayList<>();
        List<Line> kept = new ArrayList<>();
        for (Line l : lines) {
            if (l.reason != null) {
                removed.add(new Removal(new Span(l.start, l.end), l.reason));
            } else {
                kept.add(l);
            }
        }
        kinds(text, kept);
        boolean firstBody = true;
        for (Line l : kept) {
            int start = l.start;
            int end = l.end;
            if (l.kind == Paragraph.Kind.BODY && firstBody) {
                firstBody = false;
                Matcher m = DATELINE.matcher(text).region(start, end);
                // The body after a dateline starts at its first non-space character (white space
                // here is Java's, which includes control separators such as U+001F).
                if (m.lookingAt() && SentenceSegmenter.skipSpace(text, m.end(), end) < end) {
                    removed.add(
                            new Removal(new Span(start, SentenceSegmenter.trimEnd(text, start, m.end())), "dateline"));
                    start = SentenceSegmenter.skipSpace(text, m.end(), end);
                }
            } else if (l.kind == Paragraph.Kind.HEADLINE) {
                Matcher m = TRAILING_CRUMB.matcher(text).region(start, end);
                if (end - start < 300
                        && text.indexOf('/', start) >= 0
                        && text.indexOf('/', start) < end
                        && m.find()
                        && m.start() > start
                        && uiWords(text, m.start(1), m.end(1)) != null) {
                    removed.add(new Removal(new Span(m.start(1), m.end(1)), "widget"));
                    end = SentenceSegmenter.trimEnd(text, start, m.start());
                }
            }
            blocks.add(new Block(new Span(start, end), l.kind));
        }
        removed.sort(Comparator.comparing(Removal::span));
        return new Result(List.copyOf(blocks), List.copyOf(removed));
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || SentenceSegmenter.isLineBreak(text.charAt(i))) {
                int a = SentenceSegmenter.skipSpace(text, lineStart, i);
                int b = SentenceSegmenter.trimEnd(text, a, i);
                if (a < b) {
                    out.add(new Line(a, b));
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static void leadingDateField(String text, Line first, List<Removal> removed) {
        Matcher m = DATE_FIELD.matcher(text).region(first.start, first.end);
        if (m.lookingAt()) {
            removed.add(new Removal(new Span(first.start, m.end()), "timestamp"));
            first.start = SentenceSegmenter.skipSpace(text, m.end(), first.end);
        }
    }

    /** The reason a line is furniture judged on its own, or null. */
    private String lineRule(String text, Line l) {
        int len = l.end - l.start;
        // Cheap tests first: most lines are long body paragraphs that no rule below can match.
        boolean digit = false;
        boolean colon = false;
        boolean separator = false;
        if (len <= 200) {
            for (int i = l.start; i < l.end; i++) {
                char c = text.charAt(i);
                digit |= c >= '0' && c <= '9';
                colon |= c == ':';
                separator |= c == '/' || c == '›' || c == '»' || c == '>' || c == '|' || c == '•';
            }
        }
        if (len <= 200 && Data.matchesMtFooter(text, l.start, l.end)) {
            return "machine-translation";
        }
        if (len <= 100 && digit && isTimestamp(text, l.start, l.end)) {
            return "timestamp";
        }
        if (len <= 160
                && colon
                && SOURCE_LINE.matcher(text).region(l.start, l.end).matches()) {
            return "source-line";
        }
        if (len <= 80
                && !l.sentenceEnd
                && BYLINE.matcher(text).region(l.start, l.end).matches()) {
            return "byline";
        }
        if (len <= 120
                && separator
                && !l.sentenceEnd
                && BREADCRUMB.matcher(text).region(l.start, l.end).matches()) {
            return "navigation";
        }
        if (l.words <= UI_MAX_WORDS && !l.sentenceEnd) {
            return uiWords(text, l.start, l.end);
        }
        return null;
    }

    /** The category when every word of the span is interface vocabulary, else null. */
    private static String uiWords(String text, int start, int end) {
        Matcher m = WORD.matcher(text).region(start, end);
        String category = null;
        int words = 0;
        while (m.find()) {
            if (++words > UI_MAX_WORDS) {
                return null;
            }
            String w = m.group().toLowerCase(Locale.ROOT);
            String c = Data.UI.get(w);
            if (c == null) {
                return null;
            }
            if (!c.equals("-") && (category == null || c.equals("navigation") || c.equals("advertisement"))) {
                category = c;
            }
        }
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        return category;
    }

    static boolean isTimestamp(String text, int start, int end) {
        String s = text.substring(start, end);
        boolean stamp = false;
        Matcher d = DATE.matcher(s);
        StringBuilder rest = new StringBuilder(s);
        stamp |= blank(rest, d);
        stamp |= blank(rest, TIME.matcher(rest));
        Matcher w = WORD.matcher(rest);
        boolean month = false;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (word.endsWith(".")) {
                word = word.substring(0, word.length() - 1);
            }
            if (!Data.STAMP_WORDS.contains(word) && !isZoneOffset(word)) {
                return false;
            }
            if (Data.MONTHS.contains(word)) {
                month = true;
            }
        }
        if (!stamp && month) {
            // "16 May 2025", "May 16, 2025": a month name with a day or year.
            for (int i = 0; i < rest.length(); i++) {
                if (Character.isDigit(rest.charAt(i))) {
                    stamp = true;
                    break;
                }
            }
        }
        // Long digit runs are not part of a stamp (phone numbers, ids).
        int run = 0;
        for (int i = 0; i < rest.length(); i++) {
            run = Character.isDigit(rest.charAt(i)) ? run + 1 : 0;
            if (run > 4) {
                return false;
            }
        }
        return stamp;
    }

    private static boolean isZoneOffset(String word) {
        return word.equals("z") || word.equals("h");
    }

    /** Blanks every match in place; true when there was one. */
    private static boolean blank(StringBuilder sb, Matcher m) {
        m.reset(sb);
        boolean found = false;
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            found = true;
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] sp : spans) {
            for (int i = sp[0]; i < sp[1]; i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return found;
    }

    /** A short capitalised name (an outlet) right before a time stamp: "Xinhua" then "20:21 UTC+8". */
    private static void sourceBeforeStamp(String text, List<Line> lines) {
        boolean seenKept = false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            Line next = lines.get(i + 1);
            // A name, every word capitalised ("Xinhua", "Associated Press"), and not the first
            // kept line, which is the headline even when a stamp follows it.
            if (l.reason == null
                    && seenKept
                    && "timestamp".equals(next.reason)
                    && l.words >= 1
                    && l.words <= 3
                    && !l.sentenceEnd
                    && allCapitalised(text, l.start, l.end)
                    && !hasPunctuation(text, l.start, l.end)) {
                l.reason = "source-line";
            }
            seenKept |= l.reason == null;
        }
    }

    private static boolean allCapitalised(String text, int start, int end) {
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            if (!Character.isUpperCase(text.codePointAt(m.start()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasPunctuation(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ':' || c == ';' || c == '.' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    private static void duplicates(String text, List<Line> lines) {
        Map<Integer, List<Integer>> byHash = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int h = hash(text, l.start, l.end);
            List<Integer> same = byHash.computeIfAbsent(h, k -> new ArrayList<>());
            for (int k = same.size() - 1; k >= 0; k--) {
                int j = same.get(k);
                if (i - j > DUPLICATE_WINDOW) {
                    break;
                }
                Line p = lines.get(j);
                if (p.end - p.start == l.end - l.start && text.regionMatches(p.start, text, l.start, l.end - l.start)) {
                    if (l.reason == null) {
                        if (j == i - 1 && p.reason == null) {
                            p.kind = Paragraph.Kind.CAPTION;
                            l.reason = "duplicate-caption";
                        } else if (p.reason == null) {
                            l.reason = "duplicate";
                        }
                    } else if (p.reason != null && p.reason.equals(l.reason)) {
                        // A repeated stamp or source line stays what it is.
                        break;
                    }
                    break;
                }
            }
            same.add(i);
        }
    }

    private static int hash(String text, int start, int end) {
        int h = end - start;
        int step = Math.max(1, (end - start) / 64);
        for (int i = start; i < end; i += step) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static boolean shortNonSentence(Line l) {
        return l.reason == null && l.words <= SHORT_WORDS && !l.sentenceEnd;
    }

    private static boolean sentenceLike(Line l) {
        return l.reason == null && (l.sentenceEnd || l.words > 8);
    }

    /** Three or more short non-sentence lines in a row before the first sentence: a menu. */
    private static void leadingRun(List<Line> lines) {
        int runStart = -1;
        for (int i = 0; i <= lines.size(); i++) {
            Line l = i < lines.size() ? lines.get(i) : null;
            boolean member = l != null && (shortNonSentence(l) || (l.reason != null && !isMetadata(l.reason)));
            if (member && runStart < 0) {
                runStart = i;
            }
            if (!member) {
                if (runStart >= 0) {
                    int shortCount = 0;
                    for (int k = runStart; k < i; k++) {
                        if (lines.get(k).reason == null) {
                            shortCount++;
                        }
                    }
                    if (i - runStart >= 3 && shortCount > 0) {
                        for (int k = runStart; k < i; k++) {
                            // Menu entries are one or two words; a longer short line ("Talks in
                            // Istanbul") is more likely the headline.
                            if (lines.get(k).reason == null && lines.get(k).words <= 2) {
                                lines.get(k).reason = "navigation";
                            }
                        }
                    }
                    runStart = -1;
                }
                if (l == null || sentenceLike(l)) {
                    return;
                }
            }
        }
    }

    private static boolean isMetadata(String reason) {
        return reason.equals("timestamp")
                || reason.equals("byline")
                || reason.equals("source-line")
                || reason.equals("dateline");
    }

    /** Short non-sentence lines after the last sentence: widgets of the page footer. */
    private static void trailing(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.reason != null) {
                continue;
            }
            if (!shortNonSentence(l)) {
                return;
            }
            l.reason = "widget";
        }
    }

    private static void kinds(String text, List<Line> kept) {
        for (int i = 0; i < kept.size(); i++) {
            Line l = kept.get(i);
            if (l.kind == Paragraph.Kind.CAPTION) {
                continue;
            }
            if (isListItem(text, kept, i)) {
                l.kind = Paragraph.Kind.LIST_ITEM;
            } else if (!l.sentenceEnd
                    && l.words <= HEADLINE_MAX_WORDS
                    && i + 1 < kept.size()
                    && !endsWithColon(text, l)) {
                l.kind = Paragraph.Kind.HEADLINE;
            } else {
                l.kind = Paragraph.Kind.BODY;
            }
        }
    }

    private static boolean endsWithColon(String text, Line l) {
        char c = text.charAt(l.end - 1);
        return c == ':' || c == ',' || c == ';';
    }

    private static boolean isListItem(String text, List<Line> kept, int i) {
        Line l = kept.get(i);
        if (BULLET.matcher(text).region(l.start, l.end).matches()) {
            return true;
        }
        if (!dashItem(text, l)) {
            return false;
        }
        return (i > 0 && dashItem(text, kept.get(i - 1)))
                || (i + 1 < kept.size() && dashItem(text, kept.get(i + 1)))
                || (i > 0 && endsWithColon(text, kept.get(i - 1)));
    }

    private static boolean dashItem(String text, Line l) {
        if (l.end - l.start > 600) {
            return false;
        }
        Matcher m = DASH_ITEM.matcher(text).region(l.start, l.end);
        if (!m.matches()) {
            return false;
        }
        int dash = -1;
        for (int k = l.start; k < l.end; k++) {
            char c = text.charAt(k);
            if ((c == '–' || c == '—' || c == '-') && k > l.start && text.charAt(k - 1) == ' ') {
                dash = k;
                break;
            }
        }
        return dash > 0 && countWords(text, l.start, dash, 11) <= 10;
    }

    /** Words in the span, counting at most up to {@code cap}. */
    static int countWords(String text, int start, int end, int cap) {
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean w = Character.isLetterOrDigit(c)
                    || (in && (c == '\'' || c == '’' || c == '-' || c == '.'))
                    || Character.getType(c) == Character.NON_SPACING_MARK;
            if (w && !in && ++n >= cap) {
                return n;
            }
            in = w;
        }
        return n;
    }

    /** True when the span ends with . ! ? … (possibly followed by closing quotes or brackets). */
    static boolean endsSentence(String text, int start, int end) {
        int i = end;
        while (i > start) {
            char c = text.charAt(i - 1);
            int t = Character.getType(c);
            if (t == Character.FINAL_QUOTE_PUNCTUATION
                    || t == Character.END_PUNCTUATION
                    || c == '"'
                    || c == '\''
                    || c == '»'
                    || c == '“') {
                i--;
            } else {
                break;
            }
        }
        if (i == start) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    /** The data files, read once on first use. */
    private static final class Data {
        static final Map<String, String> UI = readPairs("ui-words.txt");
        static final Map<String, String> STAMP = readPairs("timestamp-words.txt");
        static final Set<String> STAMP_WORDS = STAMP.keySet();
        static final Set<String> MONTHS = Set.copyOf(STAMP.entrySet().stream()
                .filter(e -> e.getValue().equals("date"))
                .map(Map.Entry::getKey)
                .toList());
        /** All footer expressions as one alternation: one pass per line instead of one per expression. */
        static final Pattern MT_FOOTERS = Pattern.compile(
                readLines("mt-footers.txt").stream()
                        .map(p -> "(?:" + Pattern.compile(p).pattern() + ")")
                        .collect(java.util.stream.Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        static boolean matchesMtFooter(String text, int start, int end) {
            return MT_FOOTERS.matcher(text).region(start, end).matches();
        }

        private static Map<String, String> readPairs(String name) {
            Map<String, String> m = new HashMap<>();
            for (DataFiles.Line line : DataFiles.lines("text/" + name)) {
                String[] cols = line.fields(2);
                m.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
            }
            return Map.copyOf(m);
        }

        private static List<String> readLines(String name) {
            return DataFiles.lines("text/" + name).stream()
                    .map(DataFiles.Line::text)
                    .toList();
        }
    }
}
