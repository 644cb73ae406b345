package dev.parallax.report;

import dev.parallax.internal.DataFiles;
import dev.parallax.text.Document;
import dev.parallax.text.Span;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlet, author and date of an article, read from its text where it says so.
 *
 * <p>Evidence, strongest first: a dateline ({@code ISTANBUL (Realist English).}), a source line
 * ({@code Source: Xinhua}), a self-reference ({@code ..., Caliber.Az reports per Russian media}), a
 * masthead (a short capitalised line printed twice, {@code Xinhua}), and last the outlet the
 * article keeps citing as its interviewer ({@code told Sputnik}, {@code told Izvestia}). The author
 * comes from a byline ({@code By Aghakazim Guliyev}); the date from a {@code date 2025-05-16} marker
 * or a date in the first lines. Stateless and safe for concurrent use.
 */
final class SourceMetadata {
    private SourceMetadata() {}

    record Meta(String outlet, String evidence, String author, LocalDate date) {}

    private static final String NAME = "\\p{Lu}[\\p{L}\\d]*(?:[.\\-&]\\p{Lu}?[\\p{L}\\d]+)*";
    private static final Pattern DATELINE =
            Pattern.compile("(?m)^\\s*\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,[^(\\n]{1,30})?\\s*\\((" + NAME + "(?: " + NAME
                    + "){0,3})\\)\\s*[.:\\-–—]");
    private static final Pattern SOURCE_LINE =
            Pattern.compile("(?m)^\\s*(?:Source|Источник|Джерело|Quelle):\\s*(" + NAME + "(?: " + NAME + "){0,3})");
    private static final Pattern SELF = Pattern.compile(
            ",\\s+(" + NAME + "(?: " + NAME + "){0,2}) (?:reports|reported|reporting|writes|informs)\\b");
    private static final Pattern CITED = Pattern.compile(
            "\\b(?:told|material of|conversation with|interview with|said to)\\s+(" + NAME + "(?: " + NAME + "){0,2})");
    private static final Pattern BYLINE = Pattern.compile(
            "(?m)^\\s*(?:By|BY|Written by|Автор:?)\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3})\\s*$");
    private static final Pattern DATE_MARK = Pattern.compile("(?m)^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})");

    /** Capitalised words that start lines and phrases but name no outlet. */
    private static final java.util.Set<String> NOT_OUTLETS = DataFiles.words("report/not-outlets.txt");

    static Meta extract(Document doc) {
        String text = doc.text();
        String outlet = null;
        String evidence = null;
        Matcher m = DATELINE.matcher(text);
        if (m.find() && m.start() < 600) {
            outlet = m.group(1);
            evidence = "dateline";
        }
        if (outlet == null && (m = SOURCE_LINE.matcher(text)).find()) {
            outlet = m.group(1);
            evidence = "source-line";
        }
        if (outlet == null) {
            outlet = mostFrequent(SELF.matcher(text), 1);
            evidence = outlet == null ? null : "self-reference";
        }
        if (outlet == null) {
            outlet = masthead(text);
            evidence = outlet == null ? null : "masthead";
        }
        if (outlet == null) {
            outlet = mostFrequent(CITED.matcher(text), 1);
            evidence = outlet == null ? null : "cited-as-interviewer";
        }
        String author = null;
        Matcher b = BYLINE.matcher(text);
        if (b.find()) {
            author = b.group(1);
        }
        return new Meta(outlet, evidence, author, date(text));
    }

    private static String mostFrequent(Matcher m, int min) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        while (m.find()) {
            String k = m.group(1);
            if (NOT_OUTLETS.contains(k.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int c = counts.merge(k, 1, Integer::sum);
            if (c > bestCount) {
                best = k;
                bestCount = c;
            }
        }
        return bestCount >= min ? best : null;
    }

    /** A line of one to three capitalised words, without sentence punctuation, printed twice or more. */
    private static String masthead(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Span line : TextStage.lines(text)) {
            String s = text.substring(line.start(), line.end());
            if (s.matches(NAME + "(?: " + NAME + "){0,2}")
                    && !NOT_OUTLETS.contains(
                            s.toLowerCase(java.util.Locale.ROOT).split(" ")[0])) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static LocalDate date(String text) {
        Matcher m = DATE_MARK.matcher(text);
        if (m.find()) {
            LocalDate d = Dates.numeric(m.group(1));
            if (d != null) {
                return d;
            }
        }
        List<Span> lines = TextStage.lines(text);
        for (int k = 0; k < Math.min(6, lines.size()); k++) {
            Span l = lines.get(k);
            for (Dates.Mention d : Dates.find(text, l.start(), l.end(), 0)) {
                if (d.yearGiven()) {
                    return d.date();
                }
            }
        }
        return null;
    }
}
