package dev.parallax.report;

import dev.parallax.text.Document;
import dev.parallax.text.Span;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's view of the text stage: the kept body of an article split into sentences, its
 * language, and what cleaning removed with the reason.
 *
 * <p>Cleaning works line by line: a repeated line is a {@code duplicate} (photo captions printed
 * twice), a line of times and dates a {@code timestamp}, {@code By Name} a {@code byline}, {@code
 * Source: X} a {@code source-line}, a line in another script than the body an {@code
 * other-language} line (the machine-translation notice under a translated article), and a short
 * line without sentence punctuation {@code navigation} (menus, buttons, section titles). Sentences
 * end at {@code . ! ? …} followed by a space and a capital, a digit, a quote mark or a dash, except
 * after initials and common abbreviations. Stateless and safe for concurrent use.
 */
final class TextStage {
    private TextStage() {}

    record Segmented(String language, List<Article.Sentence> sentences, List<Article.Removal> removed) {}

    private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s*");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Автор:?|Von|Par)\\s+\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}$");
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?:Source|Источник|Джерело|Quelle):\\s.*");
    private static final Pattern CLOCK =
            Pattern.compile("\\b\\d{1,2}:\\d{2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{2}\\.\\d{4}\\b");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "jr", "sr", "no", "vs", "etc", "prof", "gov", "sen",
            "rep", "capt", "maj", "sgt", "adm", "ul", "г", "гг", "им", "т", "д", "св", "bzw", "z", "b", "ca", "nr");

    static Segmented analyze(Document doc) {
        String text = doc.text();
        List<Span> lines = lines(text);
        String script = dominantScript(text, lines);
        List<Article.Sentence> sentences = new ArrayList<>();
        List<Article.Removal> removed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StringBuilder body = new StringBuilder();
        for (Span line : lines) {
            int start = line.start();
            int end = line.end();
            Matcher dm = DATE_PREFIX.matcher(text).region(start, end);
            if (dm.lookingAt() && dm.end() > start) {
                int s = skipSpace(text, start, end);
                removed.add(new Article.Removal(new Span(s, trimEnd(text, s, dm.end())), "timestamp"));
                start = dm.end();
            }
            if (start >= end) {
                continue;
            }
            String s = text.substring(start, end);
            Span span = new Span(start, end);
            String reason = lineReason(s, script, seen);
            if (reason != null) {
                removed.add(new Article.Removal(span, reason));
                continue;
            }
            seen.add(s);
            for (Span sentence : splitSentences(text, start, end)) {
                sentences.add(new Article.Sentence(sentence, text.substring(sentence.start(), sentence.end())));
            }
            body.append(s).append('\n');
        }
        return new Segmented(language(body), sentences, removed);
    }

    private static String lineReason(String s, String script, Set<String> seen) {
        if (seen.contains(s)) {
            return "duplicate";
        }
        if (BYLINE.matcher(s).matches()) {
            return "byline";
        }
        if (SOURCE_LINE.matcher(s).matches()) {
            return "source-line";
        }
        List<Token> tokens = Tokenizer.tokenize(s);
        int words = 0;
        int longWords = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                words++;
                if (t.text().length() > 3) {
                    longWords++;
                }
            }
        }
        if (CLOCK.matcher(s).find() && longWords <= 2) {
            return "timestamp";
        }
        String lineScript = dominantScript(s, List.of(new Span(0, s.length())));
        if (!lineScript.equals(script) && !lineScript.equals("none")) {
            return "other-language";
        }
        char last = lastVisible(s);
        boolean terminal = ".!?…\"”»:;".indexOf(last) >= 0;
        if (!terminal && words < 5) {
            return "navigation";
        }
        return null;
    }

    private static char lastVisible(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    /** Non-blank lines, trimmed, as spans. */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = i;
            while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            int s = skipSpace(text, i, j);
            int e = trimEnd(text, s, j);
            if (e > s) {
                out.add(new Span(s, e));
            }
            i = j + 1;
        }
        return out;
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || Character.isSpaceChar(text.charAt(from)))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from
                && (Character.isWhitespace(text.charAt(to - 1)) || Character.isSpaceChar(text.charAt(to - 1)))) {
            to--;
        }
        return to;
    }

    /** Sentence spans of {@code text[start, end)}, trimmed. */
    static List<Span> splitSentences(String text, int start, int end) {
        List<Span> out = new ArrayList<>();
        int sentStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i + 1;
            while (j < end && "\"”’»)]'".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j >= end || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = skipSpace(text, j, end);
            if (k >= end) {
                continue;
            }
            char next = text.charAt(k);
            boolean opener = Character.isUpperCase(next) || Character.isDigit(next) || "\"“«„'‘—–-(".indexOf(next) >= 0;
            if (!opener || (c == '.' && isAbbreviation(text, sentStart, i))) {
                continue;
            }
            out.add(new Span(sentStart, trimEnd(text, sentStart, j)));
            sentStart = k;
            i = k - 1;
        }
        int e = trimEnd(text, sentStart, end);
        if (e > sentStart) {
            out.add(new Span(sentStart, e));
        }
        return out;
    }

    private static boolean isAbbreviation(String text, int from, int period) {
        int w = period;
        while (w > from && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, period);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "latin", "cyrillic", "other" or "none": the script most letters of the lines are in. */
    static String dominantScript(String text, List<Span> lines) {
        int latin = 0;
        int cyrillic = 0;
        int other = 0;
        for (Span l : lines) {
            for (int i = l.start(); i < l.end(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc == Character.UnicodeScript.LATIN) {
                    latin++;
                } else if (sc == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                } else {
                    other++;
                }
            }
        }
        if (latin + cyrillic + other == 0) {
            return "none";
        }
        if (latin >= cyrillic && latin >= other) {
            return "latin";
        }
        return cyrillic >= other ? "cyrillic" : "other";
    }

    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "was", "that", "with", "for");
    private static final Set<String> DE =
            Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "den", "von");
    private static final Set<String> FR = Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que");
    private static final Set<String> RU = Set.of("и", "в", "не", "что", "на", "с", "по", "как", "это", "он");
    private static final Set<String> UK = Set.of("і", "й", "що", "на", "не", "з", "у", "як", "це", "від");

    /** A small function-word vote; the text stage's identifier replaces it when present. */
    static String language(CharSequence body) {
        int en = 0;
        int de = 0;
        int fr = 0;
        int ru = 0;
        int uk = 0;
        int words = 0;
        for (Token t : Tokenizer.tokenize(body)) {
            if (!t.isWord()) {
                continue;
            }
            words++;
            String w = t.text().toLowerCase(Locale.ROOT);
            en += EN.contains(w) ? 1 : 0;
            de += DE.contains(w) ? 1 : 0;
            fr += FR.contains(w) ? 1 : 0;
            ru += RU.contains(w) ? 1 : 0;
            uk += UK.contains(w) ? 1 : 0;
            if (w.indexOf('ї') >= 0 || w.indexOf('є') >= 0 || w.indexOf('ґ') >= 0) {
                uk += 2;
            }
            if (w.indexOf('ы') >= 0 || w.indexOf('э') >= 0 || w.indexOf('ъ') >= 0) {
                ru += 2;
            }
        }
        int best = Math.max(Math.max(en, de), Math.max(fr, Math.max(ru, uk)));
        if (words == 0 || best * 20 < words) {
            return "und";
        }
        if (best == en) {
            return "en";
        }
        if (best == de) {
            return "de";
        }
        if (best == fr) {
            return "fr";
        }
        return best == uk ? "uk" : "ru";
    }
}
