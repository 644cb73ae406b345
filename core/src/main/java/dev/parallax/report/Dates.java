package dev.parallax.report;

import dev.parallax.internal.DataFiles;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calendar dates written in a sentence: {@code May 16}, {@code May 16, 2025}, {@code 16 May
 * 2025}, {@code 2025-05-16}, {@code 16.05.2025}, {@code 16 мая 2025}. A date without a year takes
 * the year given by the caller (the article's own date, or the year most often written in it).
 * Stateless and safe for concurrent use.
 */
final class Dates {
    private Dates() {}

    /** A date in the text: its span (UTF-16), surface and value; {@code yearGiven} when written. */
    record Mention(int start, int end, String surface, LocalDate date, boolean yearGiven) {}

    static final Map<String, Integer> MONTHS = readMonths();

    private static Map<String, Integer> readMonths() {
        Map<String, Integer> months = new HashMap<>();
        for (DataFiles.Line line : DataFiles.lines("report/months.tsv")) {
            String[] f = line.fields(2);
            int month;
            try {
                month = Integer.parseInt(f[0]);
            } catch (NumberFormatException e) {
                month = 0;
            }
            if (month < 1 || month > 12) {
                throw line.malformed("expected a month number 1-12, got '" + f[0] + "'");
            }
            for (String w : f[1].split("\\s+")) {
                months.put(w.toLowerCase(Locale.ROOT), month);
            }
        }
        return Map.copyOf(months);
    }

    private static final java.util.regex.Pattern ISO =
            java.util.regex.Pattern.compile("(?<![\\d-])(19|20)\\d\\d-\\d\\d-\\d\\d(?![\\d-])");

    /** Dates in {@code text[start, end)}; {@code defaultYear} (0 for none) completes dates without a year. */
    static List<Mention> find(String text, int start, int end, int defaultYear) {
        List<Token> t = Tokenizer.tokenize(text, start, end);
        List<Mention> out = new ArrayList<>();
        java.util.regex.Matcher iso = ISO.matcher(text).region(start, end);
        int isoEnd = -1;
        while (iso.find()) {
            LocalDate d = numeric(iso.group());
            if (d != null) {
                out.add(new Mention(iso.start(), iso.end(), iso.group(), d, true));
                isoEnd = iso.end();
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.start() < isoEnd && out.stream().anyMatch(m -> m.start() <= tok.start() && tok.end() <= m.end())) {
                continue;
            }
            if (tok.kind() == Token.Kind.NUMBER) {
                LocalDate numeric = numeric(tok.text());
                if (numeric != null) {
                    out.add(new Mention(tok.start(), tok.end(), tok.text(), numeric, true));
                    continue;
                }
            }
            Integer month = tok.isWord() ? MONTHS.get(tok.text().toLowerCase(Locale.ROOT)) : null;
            if (month == null) {
                continue;
            }
            // "May" is a month only next to a day number.
            int day = -1;
            int s = tok.start();
            int e = tok.end();
            int next = i + 1;
            if (i + 1 < t.size() && isDay(t.get(i + 1))) {
                day = Integer.parseInt(t.get(i + 1).text());
                e = t.get(i + 1).end();
                next = i + 2;
            } else if (i > 0 && isDay(t.get(i - 1))) {
                day = Integer.parseInt(t.get(i - 1).text());
                s = t.get(i - 1).start();
            }
            if (day < 0) {
                continue;
            }
            int year = 0;
            int k = next;
            if (k < t.size() && t.get(k).text().equals(",")) {
                k++;
            }
            if (k < t.size()
                    && t.get(k).kind() == Token.Kind.NUMBER
                    && t.get(k).text().matches("(19|20)\\d\\d")) {
                year = Integer.parseInt(t.get(k).text());
                e = t.get(k).end();
                i = k;
            }
            int y = year != 0 ? year : defaultYear;
            if (y == 0) {
                continue;
            }
            try {
                out.add(new Mention(s, e, text.substring(s, e), LocalDate.of(y, month, day), year != 0));
            } catch (DateTimeException ex) {
                // "February 30": not a date, just words
            }
        }
        return out;
    }

    private static boolean isDay(Token t) {
        return t.kind() == Token.Kind.NUMBER
                && t.text().matches("\\d{1,2}")
                && Integer.parseInt(t.text()) >= 1
                && Integer.parseInt(t.text()) <= 31;
    }

    /** {@code 2025-05-16} or {@code 16.05.2025}, else null. */
    static LocalDate numeric(String s) {
        try {
            if (s.matches("(19|20)\\d\\d-\\d\\d-\\d\\d")) {
                return LocalDate.parse(s);
            }
            if (s.matches("\\d\\d\\.\\d\\d\\.(19|20)\\d\\d")) {
                return LocalDate.of(
                        Integer.parseInt(s.substring(6)),
                        Integer.parseInt(s.substring(3, 5)),
                        Integer.parseInt(s.substring(0, 2)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
