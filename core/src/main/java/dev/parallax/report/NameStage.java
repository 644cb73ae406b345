package dev.parallax.report;

import com.ibm.icu.text.Normalizer2;
import dev.parallax.text.Span;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report's view of the names stage: proper-name mentions in the kept sentences, each with a
 * provisional id stable across documents and spellings.
 *
 * <p>A mention is a run of capitalised words, less leading titles and roles ("Turkish Foreign
 * Minister Hakan Fidan" gives "Hakan Fidan") and less a sentence-initial function word. Its id is
 * {@code ~} plus the consonant skeleton of each word ({@link #skeleton}), so that "Oleg Lugovskoy"
 * and "Oleh Luhovskyi", "Kiev" and "Kyiv", "Alexandr" and "Alexander" share an id while "Andrei
 * Fomin" keeps its own. Stateless and safe for concurrent use.
 */
final class NameStage {
    private NameStage() {}

    /** Capitalised words that are roles, titles, nationalities or calendar words, not names. */
    static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "president",
            "presidents",
            "presidential",
            "ministers",
            "minister",
            "ministry",
            "foreign",
            "deputy",
            "defense",
            "defence",
            "head",
            "chief",
            "general",
            "colonel",
            "admiral",
            "lieutenant",
            "aide",
            "assistant",
            "director",
            "chairman",
            "spokesman",
            "spokesperson",
            "first",
            "second",
            "hero",
            "prime",
            "chancellor",
            "secretary",
            "commissioner",
            "professor",
            "editor",
            "mr",
            "mrs",
            "ms",
            "dr",
            "sir",
            "state",
            "duma",
            "committee",
            "affairs",
            "russian",
            "ukrainian",
            "turkish",
            "american",
            "german",
            "french",
            "british",
            "polish",
            "belarusian",
            "european",
            "chinese",
            "western",
            "kremlin",
            "armed",
            "forces",
            "security",
            "service",
            "intelligence",
            "main",
            "directorate",
            "staff",
            "department",
            "office",
            "council",
            "federation",
            "union",
            "commission",
            "parliamentary",
            "military",
            "international",
            "information",
            "central",
            "legal",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "the",
            "a",
            "an",
            "on",
            "in",
            "at",
            "for",
            "from",
            "to",
            "of",
            "and",
            "but",
            "when",
            "after",
            "before",
            "here",
            "there",
            "this",
            "that",
            "these",
            "those",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "you",
            "as",
            "by",
            "with",
            "while",
            "although",
            "however",
            "according",
            "earlier",
            "later",
            "besides",
            "among",
            "if",
            "why",
            "what",
            "how",
            "who",
            "both",
            "each",
            "no",
            "not",
            "all",
            "some",
            "many",
            "most",
            "one",
            "two",
            "three",
            "ukraine's",
            "news",
            "world",
            "live",
            "editorial",
            "official",
            "experts",
            "members",
            "delegation",
            "delegations",
            "talks",
            "to",
            "recall",
            "despite",
            "conversely",
            "following",
            "finally",
            "thus",
            "also",
            "special",
            "reports",
            "video",
            "updated",
            "source",
            "advertisement",
            "beginning",
            "negotiations",
            "ceasefire",
            "mass",
            "detailed",
            "russia",
            "ukraine"));

    /** Words kept inside a name when they stand between capitalised words ("Ursula von der Leyen"). */
    private static final Set<String> PARTICLES = Set.of("von", "der", "van", "de", "la", "du", "da", "bin", "al");

    /** Countries are names too; these few are re-admitted although listed above for role phrases. */
    private static final Set<String> PLACES_ALWAYS = Set.of("russia", "ukraine");

    static List<Article.NameMention> find(String text, List<Article.Sentence> sentences) {
        List<Article.NameMention> out = new ArrayList<>();
        for (Article.Sentence s : sentences) {
            List<Token> tokens =
                    Tokenizer.tokenize(text, s.span().start(), s.span().end());
            if (titleCase(tokens)
                    && !".!?".contains(tokens.get(tokens.size() - 1).text())) {
                continue; // headlines: every word capitalised, names cannot be told apart
            }
            int i = 0;
            while (i < tokens.size()) {
                if (!isCap(tokens.get(i))) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < tokens.size()) {
                    Token t = tokens.get(j);
                    Token prev = tokens.get(j - 1);
                    if (prev.isWord() && !bare(prev.text()).equals(prev.text())) {
                        break; // a possessive ends a name: "Turkey's Istanbul"
                    }
                    if (isCap(t) && adjacent(prev, t, text)) {
                        j++;
                    } else if (t.text().equals(".")
                            && t.start() == prev.end()
                            && j + 1 < tokens.size()
                            && tokens.get(j + 1).start() == t.end()
                            && tokens.get(j + 1).isWord()
                            && tokens.get(j + 1).isCapitalized()) {
                        j += 2; // "Caliber.Az"
                    } else if (t.isWord()
                            && PARTICLES.contains(t.text())
                            && j + 1 < tokens.size()
                            && (isCap(tokens.get(j + 1))
                                    || PARTICLES.contains(tokens.get(j + 1).text())
                                            && j + 2 < tokens.size()
                                            && isCap(tokens.get(j + 2)))) {
                        j++;
                    } else {
                        break;
                    }
                }
                if (!(i == firstWord(tokens)
                        && j == i + 1
                        && lowerCaseElsewhere(text, tokens.get(i).text()))) {
                    addRun(text, tokens.subList(i, j), out);
                }
                i = j;
            }
        }
        return out;
    }

    private static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int caps = 0;
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                caps += t.isCapitalized() ? 1 : 0;
            }
        }
        return words >= 3 && caps * 10 >= words * 8;
    }

    private static int firstWord(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).isWord()) {
                return k;
            }
        }
        return -1;
    }

    /** True when the word also occurs in lower case in the text: a sentence-initial common word. */
    private static boolean lowerCaseElsewhere(String text, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int k = text.indexOf(lower, from);
            if (k < 0) {
                return false;
            }
            boolean startOk = k == 0 || !Character.isLetter(text.charAt(k - 1));
            int e = k + lower.length();
            boolean endOk = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (startOk && endOk) {
                return true;
            }
            from = k + 1;
        }
    }

    private static boolean adjacent(Token a, Token b, String text) {
        for (int k = a.end(); k < b.start(); k++) {
            if (!Character.isSpaceChar(text.charAt(k))) {
                return false;
            }
        }
        return b.start() - a.end() <= 2;
    }

    private static boolean isCap(Token t) {
        return t.isWord() && t.isCapitalized() && t.text().length() > 1;
    }

    private static void addRun(String text, List<Token> run, List<Article.NameMention> out) {
        int from = 0;
        for (int k = 0; k < run.size(); k++) {
            String w = bare(run.get(k).text()).toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(w) && !(PLACES_ALWAYS.contains(w) && k == run.size() - 1)) {
                from = k + 1;
            }
        }
        // A country at the end of a role phrase is a name of its own ("Security Service of Ukraine").
        if (from >= run.size()) {
            return;
        }
        List<Token> name = run.subList(from, run.size());
        if (name.size() > 4) {
            name = name.subList(name.size() - 4, name.size());
        }
        int start = name.get(0).start();
        int end = name.get(name.size() - 1).end();
        String surface = text.substring(start, end);
        String bareSurface = bare(surface);
        int bareEnd = start + bareSurface.length();
        StringBuilder key = new StringBuilder("~");
        StringBuilder canonical = new StringBuilder();
        for (Token t : name) {
            if (PARTICLES.contains(t.text()) || !t.isWord()) {
                continue;
            }
            String sk = skeleton(bare(t.text()));
            if (sk.isEmpty()) {
                continue;
            }
            if (key.length() > 1) {
                key.append('-');
            }
            key.append(sk);
        }
        for (String w : bareSurface.split(" ")) {
            canonical.append(canonical.length() == 0 ? "" : " ").append(titleCase(w));
        }
        if (key.length() <= 1) {
            return;
        }
        out.add(new Article.NameMention(
                new Span(start, bareEnd), bareSurface, key.toString(), canonical.toString(), null, true));
    }

    /** Drops a possessive {@code 's}. */
    static String bare(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    private static String titleCase(String w) {
        if (w.length() > 4 && w.equals(w.toUpperCase(Locale.ROOT))) {
            return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
        }
        return w;
    }

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /**
     * A romanisation-tolerant key of one name word: Latin-folded, lower-cased, Cyrillic mapped
     * letter by letter, {@code x} read as {@code ks}, {@code h} as {@code g}, vowels and {@code
     * y j w} dropped, doubled consonants collapsed. {@code skeleton("Luhovskyi")} and {@code
     * skeleton("Lugovskoy")} are both {@code "lgvsk"}.
     */
    static String skeleton(String word) {
        String d = NFD.normalize(word.toLowerCase(Locale.ROOT));
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            latin.append(cyrillic(c));
        }
        String s = latin.toString()
                .replace("x", "ks")
                .replace("ph", "f")
                .replace("kh", "h")
                .replace("ck", "k");
        StringBuilder out = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'h') {
                c = 'g';
            }
            if ("aeiouyjw".indexOf(c) >= 0 || !(c >= 'a' && c <= 'z')) {
                continue;
            }
            if (c != prev) {
                out.append(c);
            }
            prev = c;
        }
        if (out.length() == 0 && !s.isEmpty()) {
            out.append(s.charAt(0)); // "Joe", "Ivo": keep something
        }
        return out.toString();
    }

    private static String cyrillic(char c) {
        return switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> "g";
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е', 'є', 'э', 'ё' -> "e";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и', 'і', 'ї', 'й', 'ы' -> "i";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "h";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ю' -> "u";
            case 'я' -> "a";
            case 'ь', 'ъ', '\'', '’' -> "";
            case 'ı' -> "i";
            default -> String.valueOf(c);
        };
    }
}
