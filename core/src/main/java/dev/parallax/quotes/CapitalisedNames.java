package dev.parallax.quotes;

import dev.parallax.internal.DataFiles;
import dev.parallax.text.Document;
import dev.parallax.text.Span;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses names from capitalisation, for when no entity dictionary is at hand. Stateless and safe
 * for concurrent use.
 */
final class CapitalisedNames implements SpeakerNames {
    static final CapitalisedNames INSTANCE = new CapitalisedNames(QuoteLexicon.builtIn());

    private static final Set<String> TITLES = DataFiles.words("quotes/name-titles.txt");
    private static final Set<String> PARTICLES = DataFiles.words("quotes/name-particles.txt");

    /**
     * Words that make a capitalised sequence an institution or a place rather than a person
     * ("Center for North Eurasia", "European Commission"), so that "he" is never resolved to one.
     */
    private static final Set<String> INSTITUTION_WORDS = DataFiles.words("mentions/institution-words.txt");

    private final QuoteLexicon lexicon;

    private CapitalisedNames(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<NameMention> find(Document doc) {
        return find(doc.text(), Tokenizer.tokenize(doc.text()));
    }

    List<NameMention> find(String text, List<Token> tokens) {
        // capitalised words met inside sentences: names; one met only at sentence starts is an ordinary word
        Set<String> midCapitalised = new HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.isCapitalized() && !sentenceInitial(text, tokens, i)) {
                midCapitalised.add(t.text());
            }
        }
        List<int[]> seqs = new ArrayList<>();
        Set<String> probe = new HashSet<>(); // one-word candidates, lower-cased
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token first = tokens.get(i);
            if (!first.isWord() || !first.isCapitalized()) {
                i++;
                continue;
            }
            int j = sequenceEnd(text, tokens, i);
            if (j == i + 1 && sentenceInitial(text, tokens, i) && !midCapitalised.contains(first.text())) {
                j = i;
            }
            if (j > i) {
                seqs.add(new int[] {i, j});
                if (j == i + 1) {
                    probe.add(stripPossessive(first.text()).toLowerCase(Locale.ROOT));
                }
                i = j;
            } else {
                i++;
            }
        }
        // a capitalised common word ("Officials said") is written lower case elsewhere in the text
        Set<String> lowerSeen = new HashSet<>();
        if (!probe.isEmpty()) {
            for (Token t : tokens) {
                if (t.isWord() && !t.isCapitalized() && probe.contains(t.text())) {
                    lowerSeen.add(t.text());
                }
            }
            if (!lowerSeen.isEmpty()) {
                List<int[]> kept = new ArrayList<>(seqs.size());
                for (int[] q : seqs) {
                    if (q[1] - q[0] != 1
                            || !lowerSeen.contains(
                                    stripPossessive(tokens.get(q[0]).text()).toLowerCase(Locale.ROOT))) {
                        kept.add(q);
                    }
                }
                seqs = kept;
            }
        }
        // surname (last word) -> fullest form met in the document
        Map<String, List<String>> fullBySurname = new HashMap<>();
        List<List<String>> words = new ArrayList<>();
        for (int[] s : seqs) {
            List<String> w = nameWords(tokens, s[0], s[1]);
            words.add(w);
            if (w.size() >= 2) {
                String last = w.get(w.size() - 1).toLowerCase(Locale.ROOT);
                List<String> prev = fullBySurname.get(last);
                if (prev == null || prev.size() < w.size()) {
                    fullBySurname.put(last, w);
                }
            }
        }
        List<NameMention> out = new ArrayList<>(seqs.size());
        Map<List<String>, String> ids = new HashMap<>();
        for (int k = 0; k < seqs.size(); k++) {
            int[] s = seqs.get(k);
            List<String> w = words.get(k);
            if (w.isEmpty()) {
                continue;
            }
            List<String> full = w;
            if (w.size() == 1) {
                List<String> f = fullBySurname.get(w.get(0).toLowerCase(Locale.ROOT));
                if (f != null) {
                    full = f;
                }
            }
            int start = tokens.get(s[0]).start();
            int end = tokens.get(s[1] - 1).end();
            out.add(new NameMention(
                    new Span(start, end),
                    text.substring(start, end),
                    ids.computeIfAbsent(full, CapitalisedNames::provisionalId),
                    String.join(" ", full),
                    full.size() >= 2 && personShaped(full)));
        }
        return List.copyOf(out);
    }

    /** True when no word of a multi-word name marks an institution or a place ("North Eurasia"). */
    static boolean personShaped(List<String> words) {
        for (String w : words) {
            if (INSTITUTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Index after the name sequence starting at token i, or i when none starts there. */
    private int sequenceEnd(String text, List<Token> tokens, int i) {
        int n = tokens.size();
        int j = i;
        int nameWords = 0;
        while (j < n) {
            Token t = tokens.get(j);
            if (j > i && !adjacent(text, tokens.get(j - 1), t)) {
                break;
            }
            if (!t.isWord()) {
                // a hyphen joining two capitalised parts, or the period of an initial or title
                if (t.text().equals("-")
                        && j + 1 < n
                        && nameWords > 0
                        && tokens.get(j + 1).isWord()
                        && tokens.get(j + 1).start() == t.end()
                        && t.start() == tokens.get(j - 1).end()) {
                    j++;
                    continue;
                }
                if (t.text().equals(".")
                        && j > i
                        && isInitialOrTitle(tokens.get(j - 1))
                        && j + 1 < n
                        && tokens.get(j + 1).isCapitalized()) {
                    j++;
                    continue;
                }
                break;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!t.isCapitalized()) {
                if (nameWords > 0
                        && PARTICLES.contains(lower)
                        && j + 1 < n
                        && (tokens.get(j + 1).isCapitalized()
                                || (j + 2 < n
                                        && PARTICLES.contains(tokens.get(j + 1).text())
                                        && tokens.get(j + 2).isCapitalized()))) {
                    j++;
                    continue;
                }
                break;
            }
            if (isInitialOrTitle(t) && j + 1 < n && tokens.get(j + 1).text().equals(".")) {
                j++;
                continue;
            }
            if (lexicon.notName(lower) || lexicon.pronoun(lower) != null) {
                break;
            }
            nameWords++;
            j++;
        }
        while (j > i && !tokens.get(j - 1).isWord()) {
            j--;
        }
        if (nameWords == 0) {
            return i;
        }
        if (nameWords == 1 && j - i == 1 && tokens.get(i).text().length() < 2) {
            return i; // a lone capital letter
        }
        return j;
    }

    /** True when token i opens a sentence, a paragraph or a quotation. */
    static boolean sentenceInitial(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        for (int x = prev.end(); x < tokens.get(i).start(); x++) {
            if (text.charAt(x) == '\n') {
                return true;
            }
        }
        String p = prev.text();
        return p.equals(".")
                || p.equals("!")
                || p.equals("?")
                || p.equals(":")
                || p.equals("…")
                || (p.length() == 1 && QuoteMarks.isMarkChar(p.charAt(0)))
                || (p.length() == 1 && QuoteMarks.isDash(p.charAt(0)));
    }

    private static boolean isInitialOrTitle(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String s = t.text();
        return (s.length() == 1 && Character.isUpperCase(s.charAt(0))) || TITLES.contains(s.toLowerCase(Locale.ROOT));
    }

    private static boolean adjacent(String text, Token a, Token b) {
        if (b.start() == a.end()) {
            return true;
        }
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }

    /** The name's words without titles, initials' periods or a possessive ending. */
    private static List<String> nameWords(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (t.text().equals("-") && !out.isEmpty() && k + 1 < to) {
                    out.set(
                            out.size() - 1,
                            out.get(out.size() - 1) + "-"
                                    + stripPossessive(tokens.get(k + 1).text()));
                    k++;
                }
                continue;
            }
            if (k + 1 < to
                    && tokens.get(k + 1).text().equals(".")
                    && TITLES.contains(t.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(stripPossessive(t.text()));
        }
        return out;
    }

    static String stripPossessive(String w) {
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** {@code ~cruz-ted} for Ted Cruz: surname first, folded to lower-case letters without accents. */
    static String provisionalId(List<String> words) {
        StringBuilder sb = new StringBuilder("~");
        for (int k = 0; k < words.size(); k++) {
            // surname first, then the given names in order
            String w = k == 0 ? words.get(words.size() - 1) : words.get(k - 1);
            if (w.length() == 1) {
                continue; // initials vary between outlets
            }
            if (sb.length() > 1) {
                sb.append('-');
            }
            fold(w, sb);
        }
        return sb.toString();
    }

    /** Appends the lower-case letters and digits of a word without accents; other runs become one hyphen. */
    private static void fold(String w, StringBuilder sb) {
        String s = w;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 0x7F) {
                s = Normalizer.normalize(w, Normalizer.Form.NFD);
                break;
            }
        }
        boolean hyphen = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen) {
                    sb.append('-');
                    hyphen = false;
                }
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else {
                hyphen = sb.length() > 1 && sb.charAt(sb.length() - 1) != '-';
            }
        }
    }
}
