package dev.parallax.align;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Notation-independent keys of numbers and dates, so that {@code 1,000}, {@code 1000} and {@code
 * 1 000} match, and {@code 16.05.2025} matches {@code May 16, 2025} and {@code 16 мая 2025}.
 *
 * <p>A number token becomes its value in a canonical form ({@code "8847,60"} and {@code "8847.6"}
 * both give {@code 8847.6}; a group of exactly three digits after a separator is a thousands group).
 * A date-shaped token ({@code dd.mm.yyyy}, {@code dd/mm/yyyy}, {@code yyyy-mm-dd}) gives one key
 * per part, day and month without leading zeros, the month as {@code m5}; month names in English,
 * German, French, Russian and Ukrainian give the same month key. Stateless, thread-safe.
 */
final class NumberKeys {
    private NumberKeys() {}

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "januar", "janvier", "январь", "января", "январе", "січень", "січня", "січні"},
            {
                "february",
                "feb",
                "februar",
                "février",
                "fevrier",
                "февраль",
                "февраля",
                "феврале",
                "лютий",
                "лютого",
                "лютому"
            },
            {"march", "mar", "märz", "maerz", "mars", "март", "марта", "марте", "березень", "березня", "березні"},
            {"april", "apr", "avril", "апрель", "апреля", "апреле", "квітень", "квітня", "квітні"},
            {"may", "mai", "май", "мая", "мае", "травень", "травня", "травні"},
            {"june", "jun", "juni", "juin", "июнь", "июня", "июне", "червень", "червня", "червні"},
            {"july", "jul", "juli", "juillet", "июль", "июля", "июле", "липень", "липня", "липні"},
            {"august", "aug", "août", "aout", "август", "августа", "августе", "серпень", "серпня", "серпні"},
            {
                "september",
                "sep",
                "sept",
                "septembre",
                "сентябрь",
                "сентября",
                "сентябре",
                "вересень",
                "вересня",
                "вересні"
            },
            {"october", "oct", "oktober", "octobre", "октябрь", "октября", "октябре", "жовтень", "жовтня", "жовтні"},
            {"november", "nov", "novembre", "ноябрь", "ноября", "ноябре", "листопад", "листопада", "листопаді"},
            {
                "december",
                "dec",
                "dezember",
                "décembre",
                "decembre",
                "декабрь",
                "декабря",
                "декабре",
                "грудень",
                "грудня",
                "грудні"
            }
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    /** The month (1-12) a word names, or 0. Case-insensitive; only full month words and standard abbreviations. */
    static int month(String word) {
        Integer m = MONTHS.get(word.toLowerCase(Locale.ROOT));
        return m == null ? 0 : m;
    }

    /** Emits the keys of one number token (digits with internal separators, as the Tokenizer makes them). */
    static void keys(String token, Consumer<String> out) {
        List<String> parts = new java.util.ArrayList<>(4);
        List<Character> seps = new java.util.ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                cur.append((char) ('0' + Character.digit(c, 10)));
            } else {
                parts.add(cur.toString());
                seps.add(c);
                cur.setLength(0);
            }
        }
        parts.add(cur.toString());
        if (parts.size() == 3 && seps.get(0) == seps.get(1) && (seps.get(0) == '.' || seps.get(0) == '/')) {
            String d = parts.get(0);
            String m = parts.get(1);
            String y = parts.get(2);
            if (d.length() <= 2 && m.length() <= 2 && (y.length() == 4 || y.length() == 2)) {
                int dd = Integer.parseInt(d);
                int mm = Integer.parseInt(m);
                if (dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12) {
                    out.accept(Integer.toString(dd));
                    out.accept("m" + mm);
                    out.accept(y);
                    return;
                }
            }
        }
        StringBuilder whole = new StringBuilder(parts.get(0));
        String fraction = "";
        for (int k = 1; k < parts.size(); k++) {
            String p = parts.get(k);
            boolean last = k == parts.size() - 1;
            if (p.length() == 3) {
                whole.append(p);
            } else if (last) {
                fraction = p;
            } else {
                // A multi-part token that is no grouping and no date: keep each part.
                for (String q : parts) {
                    out.accept(stripZeros(q));
                }
                return;
            }
        }
        String w = stripZeros(whole.toString());
        String f = fraction.replaceAll("0+$", "");
        out.accept(f.isEmpty() ? w : w + "." + f);
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
