package dev.parallax.report;

import dev.parallax.internal.DataFiles;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Numbers with their unit and hedge, read from a sentence, so that outlets can be compared
 * whatever the notation.
 *
 * <p>{@code "1,000"}, {@code "1000"}, {@code "1 000"} and {@code "one thousand"} all read 1000;
 * {@code "nearly two hours"} reads value 2, unit {@code hour}, hedge {@code NEARLY}; {@code "a
 * two-hour meeting"} reads 2 {@code hour} {@code EXACT}. Stateless and safe for concurrent use.
 */
final class Quantities {
    private Quantities() {}

    /** How a number is hedged; {@link #overlaps} says whether two hedged values can both be true. */
    enum Hedge {
        EXACT("="),
        ABOUT("~"),
        NEARLY("<~"),
        UNDER("<"),
        OVER(">");

        final String symbol;

        Hedge(String symbol) {
            this.symbol = symbol;
        }
    }

    /** A number in a sentence: its span (UTF-16, into the document), value, unit stem and hedge. */
    record Quantity(int start, int end, String surface, double value, String unit, Hedge hedge) {
        boolean isDuration() {
            return DURATION_UNITS.contains(unit);
        }

        String normalized() {
            String v = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
            return hedge.symbol + " " + v + (unit.isEmpty() ? "" : " " + unit);
        }

        /** The interval of values this phrase allows, loosely. */
        double[] interval() {
            return switch (hedge) {
                case EXACT -> new double[] {value, value};
                case ABOUT -> new double[] {value * 0.9, value * 1.1};
                case NEARLY -> new double[] {value * 0.85, value};
                case UNDER -> new double[] {0, value};
                case OVER -> new double[] {value, Double.MAX_VALUE};
            };
        }

        boolean overlaps(Quantity o) {
            double[] a = interval();
            double[] b = o.interval();
            return a[0] <= b[1] && b[0] <= a[1];
        }
    }

    private static final String WORD_FILE = "report/quantities.tsv";
    private static final Map<String, Integer> WORDS;
    private static final Map<String, Integer> MULTIPLIERS;
    private static final Map<String, Hedge> HEDGES;
    private static final Map<String, String> UNITS;
    static final Set<String> DURATION_UNITS;
    /** Words in the longest hedge phrase. */
    private static final int MAX_HEDGE_WORDS;

    static {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> multipliers = new HashMap<>();
        Map<String, Hedge> hedges = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        Set<String> durations = new HashSet<>();
        int maxHedgeWords = 1;
        List<DataFiles.Line> rows = DataFiles.lines(WORD_FILE);
        for (DataFiles.Line row : rows.subList(1, rows.size())) {
            String[] f = row.fields(3);
            String word = f[1].toLowerCase(Locale.ROOT);
            switch (f[0]) {
                case "number" -> words.put(word, integer(row, f[2]));
                case "multiplier" -> multipliers.put(word, integer(row, f[2]));
                case "hedge" -> {
                    hedges.put(word, hedge(row, f[2]));
                    maxHedgeWords = Math.max(maxHedgeWords, word.split(" ").length);
                }
                case "unit" -> units.put(word, f[2]);
                case "duration" -> durations.add(word);
                default -> throw row.malformed(
                        "unknown kind '" + f[0] + "', expected number, multiplier, hedge, unit or duration");
            }
        }
        WORDS = Map.copyOf(words);
        MULTIPLIERS = Map.copyOf(multipliers);
        HEDGES = Map.copyOf(hedges);
        UNITS = Map.copyOf(units);
        DURATION_UNITS = Set.copyOf(durations);
        MAX_HEDGE_WORDS = maxHedgeWords;
    }

    private static int integer(DataFiles.Line row, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw row.malformed("expected a whole number, got '" + value + "'");
        }
    }

    private static Hedge hedge(DataFiles.Line row, String value) {
        try {
            return Hedge.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.malformed("expected a hedge (nearly, about, under, over, exact), got '" + value + "'");
        }
    }

    /** Quantities of {@code text[start, end)}, with spans into {@code text}. */
    static List<Quantity> find(String text, int start, int end) {
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            double value;
            int last = i;
            if (t.kind() == Token.Kind.NUMBER) {
                value = parseNumber(t.text());
                if (Double.isNaN(value)) {
                    continue;
                }
                if (i + 1 < tokens.size() && MULTIPLIERS.containsKey(lower(tokens.get(i + 1)))) {
                    value *= MULTIPLIERS.get(lower(tokens.get(i + 1)));
                    last = i + 1;
                }
            } else if (t.isWord() && WORDS.containsKey(lower(t))) {
                value = WORDS.get(lower(t));
                if (lower(t).equals("dozen")
                        && (i == 0 || !lower(tokens.get(i - 1)).equals("a"))) {
                    continue;
                }
                while (last + 1 < tokens.size() && MULTIPLIERS.containsKey(lower(tokens.get(last + 1)))) {
                    value *= MULTIPLIERS.get(lower(tokens.get(last + 1)));
                    last++;
                }
            } else if (t.isWord() && lower(t).equals("thousand") || t.isWord() && lower(t).equals("hundred")) {
                if (i == 0 || !lower(tokens.get(i - 1)).equals("a")) {
                    continue;
                }
                value = MULTIPLIERS.get(lower(t));
            } else {
                continue;
            }
            if (isYearLike(t, value, tokens, i)) {
                continue;
            }
            // unit: the next word, possibly after a hyphen ("two-hour")
            String unit = "";
            int u = last + 1;
            if (u < tokens.size() && tokens.get(u).text().equals("-") && u + 1 < tokens.size()) {
                u++;
            }
            if (u < tokens.size() && tokens.get(u).isWord()) {
                String w = lower(tokens.get(u));
                unit = UNITS.getOrDefault(w, Features.stem(w));
                if (Features.STOP.contains(w)) {
                    unit = "";
                } else {
                    last = u;
                }
            }
            Hedge hedge = Hedge.EXACT;
            int qs = t.start();
            // the longest hedge phrase that ends right before the number ("less than", "не менее", "bis zu")
            for (int n = Math.min(MAX_HEDGE_WORDS, i); n >= 1; n--) {
                Hedge h = HEDGES.get(phraseBefore(tokens, i, n));
                if (h != null) {
                    hedge = h;
                    qs = tokens.get(i - n).start();
                    break;
                }
            }
            int qe = tokens.get(last).end();
            out.add(new Quantity(qs, qe, text.substring(qs, qe), value, unit, hedge));
            i = last;
        }
        return out;
    }

    private static boolean isYearLike(Token t, double value, List<Token> tokens, int i) {
        if (i > 0 && Dates.MONTHS.containsKey(lower(tokens.get(i - 1)))) {
            return true;
        }
        if (i + 1 < tokens.size() && Dates.MONTHS.containsKey(lower(tokens.get(i + 1)))) {
            return true;
        }
        // clock times: "11:07", "1:00 pm"
        if (i + 2 < tokens.size()
                && tokens.get(i + 1).text().equals(":")
                && tokens.get(i + 2).kind() == Token.Kind.NUMBER) {
            return true;
        }
        if (i >= 2 && tokens.get(i - 1).text().equals(":") && tokens.get(i - 2).kind() == Token.Kind.NUMBER) {
            return true;
        }
        return t.kind() == Token.Kind.NUMBER && t.text().length() == 4 && value >= 1900 && value <= 2100;
    }

    /** True for spelled-out numbers and multipliers ("two", "thousand"). */
    static boolean isNumberWord(String lowerCaseWord) {
        return WORDS.containsKey(lowerCaseWord) || MULTIPLIERS.containsKey(lowerCaseWord);
    }

    /** The {@code n} tokens before {@code tokens[i]}, lower case, joined by single spaces. */
    private static String phraseBefore(List<Token> tokens, int i, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = i - n; k < i; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(lower(tokens.get(k)));
        }
        return sb.toString();
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a number token: {@code , ' space} separate thousands; a {@code .} is a decimal point
     * unless every group after it has three digits and there are several ({@code 1.000.000}).
     * Dates such as {@code 16.05.2025} give NaN.
     */
    static double parseNumber(String s) {
        String[] groups = s.split("[,'\u00A0\u202F\u2009 ]", -1);
        if (s.chars().filter(c -> c == '.').count() > 1) {
            String[] dots = s.split("\\.");
            for (int k = 1; k < dots.length; k++) {
                if (dots[k].length() != 3) {
                    return Double.NaN;
                }
            }
            s = s.replace(".", "");
            groups = s.split("[,'\u00A0\u202F\u2009 ]", -1);
        }
        StringBuilder digits = new StringBuilder();
        for (int k = 0; k < groups.length; k++) {
            String g = groups[k];
            if (k > 0 && g.replaceAll("\\..*", "").length() != 3) {
                // "3,5" is a decimal comma
                if (groups.length == 2) {
                    return parseOrNaN(groups[0] + "." + g);
                }
                return Double.NaN;
            }
            digits.append(g);
        }
        return parseOrNaN(digits.toString());
    }

    private static double parseOrNaN(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
