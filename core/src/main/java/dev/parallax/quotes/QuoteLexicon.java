package dev.parallax.quotes;

import dev.parallax.internal.DataFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind attribution, read from {@code dictionaries/quotes/} on the classpath:
 * speech cues per language, pronouns, capitalised words that are not names, and the word
 * equivalences used to align renderings of one statement. Immutable and safe for concurrent use.
 */
final class QuoteLexicon {
    private static final String ROOT = "quotes/";

    /** How a cue relates to its speaker; see the header of {@code cues.tsv}. */
    enum CueKind {
        VERB,
        VERBO,
        PREP,
        PREPQ,
        POST,
        PART,
        POSS
    }

    /** One cue: its words (lower case), language and kind. */
    record Cue(List<String> words, String lang, CueKind kind) {}

    private final Map<String, List<Cue>> cuesByFirstWord;
    private final Map<String, String> pronounGender;
    private final Map<String, String> possessiveGender;
    private final Set<String> notNames;
    private final List<List<String>> equivalences;
    private final Set<String> stopwords;
    private final Set<String> roleNouns;
    private final Set<String> germanSubjunctives;

    private QuoteLexicon(
            Map<String, List<Cue>> cues,
            Map<String, String> pronouns,
            Map<String, String> possessives,
            Set<String> notNames,
            List<List<String>> eq,
            Set<String> stopwords,
            Set<String> roleNouns,
            Set<String> germanSubjunctives) {
        this.stopwords = stopwords;
        this.roleNouns = roleNouns;
        this.germanSubjunctives = germanSubjunctives;
        this.cuesByFirstWord = cues;
        this.pronounGender = pronouns;
        this.possessiveGender = possessives;
        this.notNames = notNames;
        this.equivalences = eq;
    }

    private static final class Holder {
        static final QuoteLexicon INSTANCE = load();
    }

    /** The built-in lists, read once. */
    static QuoteLexicon builtIn() {
        return Holder.INSTANCE;
    }

    private static QuoteLexicon load() {
        Map<String, List<Cue>> cues = new HashMap<>();
        for (String[] f : rows("cues.tsv", 3)) {
            List<String> words = List.of(f[1].toLowerCase(Locale.ROOT).split(" "));
            CueKind kind = CueKind.valueOf(f[2].toUpperCase(Locale.ROOT));
            cues.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Cue(words, f[0], kind));
        }
        // longest phrase first, so "according to" wins over a one-word cue sharing its first word
        for (List<Cue> l : cues.values()) {
            l.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        }
        Map<String, String> pronouns = new HashMap<>();
        for (String[] f : rows("pronouns.tsv", 3)) {
            pronouns.put(f[1].toLowerCase(Locale.ROOT), f[2]);
        }
        Map<String, String> possessives = new HashMap<>();
        for (String[] f : rows("possessives.tsv", 3)) {
            possessives.put(f[1].toLowerCase(Locale.ROOT), f[2]);
        }
        List<List<String>> eq = new ArrayList<>();
        for (DataFiles.Line line : DataFiles.lines(ROOT + "equivalents.txt")) {
            List<String> group = List.of(line.text().toLowerCase(Locale.ROOT).split("\\s+"));
            if (group.size() > 1) {
                eq.add(group);
            }
        }
        Map<String, List<Cue>> frozen = new HashMap<>();
        cues.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new QuoteLexicon(
                Map.copyOf(frozen),
                Map.copyOf(pronouns),
                Map.copyOf(possessives),
                DataFiles.words(ROOT + "not-names.txt"),
                List.copyOf(eq),
                DataFiles.words(ROOT + "stopwords.txt"),
                DataFiles.words(ROOT + "role-nouns.txt"),
                DataFiles.words(ROOT + "de-subjunctives.txt"));
    }

    /** The data rows of a TSV file whose first line is a header, each checked to have {@code fields}. */
    private static List<String[]> rows(String name, int fields) {
        List<DataFiles.Line> lines = DataFiles.lines(ROOT + name);
        List<String[]> out = new ArrayList<>();
        for (DataFiles.Line line : lines.subList(1, lines.size())) {
            out.add(line.fields(fields));
        }
        return out;
    }

    /** Cues whose first word is {@code lowerWord}, longest first; empty when none. */
    List<Cue> cuesStartingWith(String lowerWord) {
        return cuesByFirstWord.getOrDefault(lowerWord, List.of());
    }

    /** Gender ({@code m}, {@code f}, {@code p}) of a pronoun, or null when the word is none. */
    String pronoun(String lowerWord) {
        return pronounGender.get(lowerWord);
    }

    /** Gender of the owner a possessive determiner names ({@code his} → {@code m}), or null. */
    String possessive(String lowerWord) {
        return possessiveGender.get(lowerWord);
    }

    /** True for a noun naming a speaking role, person or body ({@code minister}, {@code Sprecherin}). */
    boolean roleNoun(String lowerWord) {
        return roleNouns.contains(lowerWord);
    }

    /** True for a German subjunctive verb form of reported speech ({@code sei}, {@code habe}). */
    boolean germanSubjunctive(String lowerWord) {
        return germanSubjunctives.contains(lowerWord);
    }

    boolean notName(String lowerWord) {
        return notNames.contains(lowerWord);
    }

    Set<String> stopwords() {
        return stopwords;
    }

    List<List<String>> equivalences() {
        return equivalences;
    }
}
