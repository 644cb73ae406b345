package dev.parallax.names;

import dev.parallax.internal.DataFiles;
import dev.parallax.text.Document;
import dev.parallax.text.Span;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds names of people and places in running text and links them to dictionary entities.
 *
 * <pre>
 * MentionFinder finder = MentionFinder.of(NameResolver.of(dict), dict);
 * finder.find("a.txt", "Medinsky met Oleh Luhovskyi у Києві. Vladimir Medinsky left.");
 * // Medinsky           -> person:vladimir-medinsky (coreference)
 * // Oleh Luhovskyi     -> person:oleh-luhovskyi    (dictionary)
 * // Києві              -> place:kyiv               (inflection)
 * // Vladimir Medinsky  -> person:vladimir-medinsky (dictionary)
 * </pre>
 *
 * <p>Three steps, each a pure function of the text:
 *
 * <ol>
 *   <li>Dictionary names: every variant of every entity is folded token by token with {@link
 *       NameKeys#key} into a trie over key sequences, built once. The text's word tokens are folded
 *       the same way (possessive {@code ’s} removed; Cyrillic case endings tried as alternative keys)
 *       and walked through the trie, longest match first, so the cost does not grow with the
 *       dictionary. A capitalised dictionary token needs a capitalised text token, and an acronym
 *       ({@code US}, {@code UK}) needs an all-capital one, so "us" and "Turkey" in "turkey" are no
 *       names.
 *   <li>Candidates: runs of capitalised words that no dictionary name covers, cut at titles and
 *       at common capitalised non-names (sentence-initial words, months, nationality adjectives,
 *       office words: {@code dictionaries/mentions/}), each resolved through the {@link
 *       NameResolver}.
 *   <li>Coreference in the document: a partial mention ({@code Medinsky}, {@code Fidan}) takes the
 *       entity of the fuller name in the same document that holds all its tokens; when two entities
 *       would fit ({@code Fomin} with both Alexander and Andrei Fomin present) the mention stays
 *       unlinked with method {@code ambiguous}. Names in no dictionary get a provisional id made of
 *       their token keys in sorted order ({@code ~bezpalko-bogdan}), shared by spelling variants
 *       across documents.
 * </ol>
 *
 * <p>Build one finder and share it: construction folds every dictionary variant (tens of
 * milliseconds for the built-in dictionaries), while {@link #find} costs time linear in the text.
 *
 * <p>Spans are UTF-16 indices into the original text; a mention's text is exactly the characters
 * of its span. Immutable and safe for concurrent use; results are immutable lists ordered by start.
 */
public final class MentionFinder {
    private static final String MENTIONS_ROOT = "mentions/";
    /** No dictionary name has more tokens than this; bounds the trie walk. */
    private static final int MAX_NAME_TOKENS = 8;

    private static final int CACHE_LIMIT = 100_000;

    /** Fixed word lists, read once per class rather than once per finder. */
    private static final Set<String> ORGANISATION_HEADS = DataFiles.words(MENTIONS_ROOT + "organisation-heads.txt");

    private static final Set<String> ORGANISATION_CONNECTORS =
            DataFiles.words(MENTIONS_ROOT + "organisation-connectors.txt");

    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "di", "du", "des", "del", "dos", "la", "le", "bin", "ibn", "al",
            "el", "ter", "zu");

    private final NameResolver resolver;
    private final Node root;
    private final Set<String> titles;
    private final Set<String> nonNames;
    private final List<String[]> inflections;
    /** Bounded caches of pure functions of their keys; safe to share between threads. */
    private final ConcurrentHashMap<String, List<String>> keyCache = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, Resolution> resolutionCache = new ConcurrentHashMap<>();

    private MentionFinder(NameResolver resolver, Node root, Set<String> titles, Set<String> nonNames) {
        this.resolver = resolver;
        this.root = root;
        this.titles = titles;
        this.nonNames = nonNames;
        this.inflections = LinguisticResources.inflections();
    }

    /**
     * A finder over the entities of {@code dict}; {@code resolver} links the names that no
     * dictionary variant spells out.
     */
    public static MentionFinder of(NameResolver resolver, EntityDictionary dict) {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(dict, "dict");
        Node root = new Node();
        for (Entity e : dict.entities()) {
            for (NameVariant v : e.variants()) {
                insert(root, e, v.name());
            }
        }
        return new MentionFinder(
                resolver,
                root,
                DataFiles.words(MENTIONS_ROOT + "titles.txt"),
                DataFiles.words(MENTIONS_ROOT + "non-name-words.txt"));
    }

    /** Finds the mentions in a document. */
    public List<Mention> find(Document doc) {
        Objects.requireNonNull(doc, "doc");
        return find(doc.source(), doc.text());
    }

    /**
     * Finds the mentions in {@code text}; {@code source} only names the text (for messages and
     * callers' bookkeeping).
     */
    public List<Mention> find(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        List<Word> words = words(text);
        boolean[] covered = new boolean[words.size()];
        List<Found> found = new ArrayList<>();

        // 1. Dictionary names, longest match first.
        int i = 0;
        while (i < words.size()) {
            Match m = longestMatch(words, i);
            if (m == null) {
                i++;
                continue;
            }
            found.add(dictionaryMention(text, words, m));
            for (int k = m.first; k <= m.last; k++) {
                covered[k] = true;
            }
            i = m.last + 1;
        }

        // 2. Capitalised runs outside dictionary names.
        List<Run> runs = runs(text, words, covered);

        // Full names in this document, by token key, for coreference of partial mentions.
        Map<String, Set<String>> keyToIds = new HashMap<>();
        Map<String, Found> byId = new HashMap<>();
        for (Found f : found) {
            if (f.id != null && f.last > f.first) {
                index(words, f, keyToIds, byId);
            }
        }
        List<Run> singles = new ArrayList<>();
        for (Run r : runs) {
            if (r.last == r.first) {
                singles.add(r);
                continue;
            }
            Found f = resolveRun(text, words, r);
            found.add(f);
            if (f.id != null) {
                index(words, f, keyToIds, byId);
            }
        }
        for (Run r : singles) {
            Found f = resolveSingle(text, words, r, keyToIds, byId);
            if (f != null) {
                found.add(f);
            }
        }
        found.sort(Comparator.comparingInt((Found f) -> f.start).thenComparingInt(f -> f.end));
        List<Mention> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(new Mention(
                    new Span(f.start, f.end),
                    text.substring(f.start, f.end),
                    f.id,
                    f.name,
                    f.type,
                    f.score,
                    f.method,
                    f.provisional));
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------------------------------
    // Dictionary trie

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    /** One dictionary variant at the node its key sequence ends in. */
    private record Entry(
            Entity entity, List<String> folded, boolean[] capital, boolean[] acronym, boolean trailingPeriod) {}

    private static void insert(Node root, Entity e, String variant) {
        List<Token> tokens = Tokenizer.tokenize(variant);
        List<String> keys = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        List<Boolean> acronym = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.isWord()) {
                continue;
            }
            String key = NameKeys.key(t.text());
            if (key.isEmpty()) {
                continue;
            }
            keys.add(key);
            folded.add(fold(t.text()));
            capital.add(t.isCapitalized());
            acronym.add(isAcronym(t.text()));
        }
        if (keys.isEmpty() || keys.size() > MAX_NAME_TOKENS) {
            return;
        }
        Node n = root;
        for (String k : keys) {
            n = n.next.computeIfAbsent(k, x -> new Node());
        }
        boolean[] cap = new boolean[keys.size()];
        boolean[] acr = new boolean[keys.size()];
        for (int i = 0; i < cap.length; i++) {
            cap[i] = capital.get(i);
            acr[i] = acronym.get(i);
        }
        n.entries.add(
                new Entry(e, List.copyOf(folded), cap, acr, variant.strip().endsWith(".")));
    }

    /** A dictionary match over words {@code [first, last]}. */
    private record Match(int first, int last, List<Entry> entries, boolean inflected) {}

    private Match longestMatch(List<Word> words, int first) {
        // Most words start no name: answer those without allocating.
        boolean any = false;
        for (String k : words.get(first).keys) {
            if (root.next.containsKey(k)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return null;
        }
        Map<Node, Boolean> frontier = new LinkedHashMap<>();
        frontier.put(root, false);
        Match best = null;
        for (int j = first; j < words.size() && j - first < MAX_NAME_TOKENS; j++) {
            Word w = words.get(j);
            if (j > first && !words.get(j - 1).joinsNext) {
                break;
            }
            Map<Node, Boolean> next = new LinkedHashMap<>();
            for (Map.Entry<Node, Boolean> fe : frontier.entrySet()) {
                for (int k = 0; k < w.keys.size(); k++) {
                    Node child = fe.getKey().next.get(w.keys.get(k));
                    if (child != null) {
                        boolean infl = fe.getValue() || k >= w.plainKeys;
                        next.merge(child, infl, (a, b) -> a && b);
                    }
                }
            }
            if (next.isEmpty()) {
                break;
            }
            frontier = next;
            for (Map.Entry<Node, Boolean> fe : frontier.entrySet()) {
                List<Entry> ok = new ArrayList<>();
                for (Entry e : fe.getKey().entries) {
                    if (caseFits(e, words, first)) {
                        ok.add(e);
                    }
                }
                if (!ok.isEmpty() && (best == null || best.last < j || (best.inflected && !fe.getValue()))) {
                    best = new Match(first, j, ok, fe.getValue());
                }
            }
        }
        return best;
    }

    private static boolean caseFits(Entry e, List<Word> words, int first) {
        boolean anyCapital = false;
        for (int t = 0; t < e.capital.length; t++) {
            Word w = words.get(first + t);
            if (e.capital[t] && !w.capital) {
                return false;
            }
            if (e.acronym[t] && !w.allCaps) {
                return false;
            }
            anyCapital |= w.capital;
        }
        return anyCapital;
    }

    private Found dictionaryMention(String text, List<Word> words, Match m) {
        int start = words.get(m.first).start;
        int end = words.get(m.last).end;
        // "U.S." and "Joseph R." keep their final period when the dictionary spells it so.
        if (end < text.length() && text.charAt(end) == '.' && m.entries.stream().allMatch(Entry::trailingPeriod)) {
            end++;
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Entity> exact = new LinkedHashMap<>();
        for (Entry e : m.entries) {
            entities.put(e.entity.id(), e.entity);
            boolean same = true;
            for (int t = 0; t < e.folded.size(); t++) {
                same &= e.folded.get(t).equals(fold(words.get(m.first + t).part));
            }
            if (same) {
                exact.put(e.entity.id(), e.entity);
            }
        }
        String method = m.inflected ? "inflection" : "dictionary";
        if (exact.size() == 1) {
            return Found.linked(
                    m.first, m.last, start, end, exact.values().iterator().next(), 1.0, method);
        }
        if (entities.size() == 1) {
            return Found.linked(
                    m.first, m.last, start, end, entities.values().iterator().next(), 0.9, method);
        }
        // Several entities share this key sequence: let the resolver pick one of them, or none.
        Resolution r = resolve(text.substring(start, end), null);
        if (r.linked() && entities.containsKey(r.entity().id())) {
            return Found.linked(m.first, m.last, start, end, r.entity(), Math.min(1.0, r.score()), method);
        }
        return Found.ambiguous(m.first, m.last, start, end);
    }

    // ---------------------------------------------------------------------------------------
    // Candidates and coreference

    /** A run of capitalised words {@code [first, last]} outside dictionary names. */
    private record Run(int first, int last, boolean afterTitle, boolean sentenceInitial, boolean organisation) {}

    private List<Run> runs(String text, List<Word> words, boolean[] covered) {
        List<Run> out = organisations(words, covered);
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            if (covered[i] || !isNamePart(w)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && words.get(j).joinsNext && !covered[j + 1]) {
                Word n = words.get(j + 1);
                if (isNamePart(n)) {
                    j++;
                } else if (PARTICLES.contains(n.lower)
                        && j + 2 < words.size()
                        && n.joinsNext
                        && !covered[j + 2]
                        && isNamePart(words.get(j + 2))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (w.inHeadline) {
                // Title-case headlines capitalise every word; only dictionary names count there.
                i = j + 1;
                continue;
            }
            boolean afterTitle = i > 0 && titles.contains(words.get(i - 1).lower) && words.get(i - 1).joinsNext;
            if (j - i < 4) {
                out.add(new Run(i, j, afterTitle, w.sentenceInitial, false));
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * Title-case organisation names ("Center for the Study and Development of Continental
     * Integration"): a capitalised run holding a head word ({@code organisation-heads.txt}), then
     * any number of capitalised runs each after one or two connectors ("for the", "of"). Marks
     * their words covered, so that no word of them comes out as a one-word name.
     */
    private List<Run> organisations(List<Word> words, boolean[] covered) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isOrganisationWord(words, covered, i)
                    || titles.contains(words.get(i).lower)
                    || words.get(i).inHeadline) {
                i++;
                continue;
            }
            // the first part ends at its last head word: what follows in the same run is usually a
            // person ("... Directorate Alexander Zorin")
            int last = -1;
            for (int k = i; k < words.size() && isOrganisationWord(words, covered, k); k++) {
                if (ORGANISATION_HEADS.contains(words.get(k).lower)) {
                    last = k;
                }
                if (!words.get(k).joinsNext) {
                    break;
                }
            }
            if (last < 0) {
                i++;
                continue;
            }
            while (true) {
                int k = last;
                int connectors = 0;
                while (connectors < 2
                        && words.get(k).joinsNext
                        && k + 1 < words.size()
                        && !words.get(k + 1).capital
                        && ORGANISATION_CONNECTORS.contains(words.get(k + 1).lower)) {
                    k++;
                    connectors++;
                }
                if (connectors == 0 || !words.get(k).joinsNext || !continuesOrganisation(words, covered, k + 1)) {
                    break;
                }
                k++;
                while (k + 1 < words.size() && words.get(k).joinsNext && continuesOrganisation(words, covered, k + 1)) {
                    k++;
                }
                last = k;
            }
            if (last > i) {
                out.add(new Run(i, last, false, words.get(i).sentenceInitial, true));
                for (int k = i; k <= last; k++) {
                    covered[k] = true;
                }
            }
            i = last + 1;
        }
        return out;
    }

    private boolean isOrganisationWord(List<Word> words, boolean[] covered, int i) {
        Word w = words.get(i);
        return !covered[i] && w.capital && w.part.codePointCount(0, w.part.length()) > 1;
    }

    /** A capitalised word after a connector, unless it is a known personal name (a person follows). */
    private boolean continuesOrganisation(List<Word> words, boolean[] covered, int i) {
        return isOrganisationWord(words, covered, i)
                && !LinguisticResources.equivalentKeys()
                        .containsKey(words.get(i).keys.get(0));
    }

    private boolean isNamePart(Word w) {
        return w.capital
                && !titles.contains(w.lower)
                && !nonNames.contains(w.lower)
                && w.part.codePointCount(0, w.part.length()) > 1;
    }

    private Found resolveRun(String text, List<Word> words, Run r) {
        int start = words.get(r.first).start;
        int end = words.get(r.last).end;
        Resolution res = resolve(text.substring(start, end), null);
        if (res.linked()) {
            return Found.linked(
                    r.first, r.last, start, end, res.entity(), clamp(res.score()), "resolver:" + res.method());
        }
        if (r.organisation) {
            return Found.provisional(
                    r.first,
                    r.last,
                    start,
                    end,
                    provisionalId(words, r.first, r.last),
                    text.substring(start, end),
                    EntityType.ORG);
        }
        boolean acronyms = false;
        for (int k = r.first; k <= r.last; k++) {
            acronyms |= words.get(k).allCaps;
        }
        // Two or three capitalised words that survive the stop lists are, in news, nearly always a person.
        EntityType type = !acronyms && (r.afterTitle || r.last - r.first <= 2 || hasGivenName(words, r))
                ? EntityType.PERSON
                : null;
        return Found.provisional(
                r.first, r.last, start, end, provisionalId(words, r.first, r.last), text.substring(start, end), type);
    }

    /**
     * True when a word of the run is a known personal-name part (the shared Ukrainian/Russian name-part
     * equivalences or Wikidata's Latin/Russian name tokens).
     */
    private static boolean hasGivenName(List<Word> words, Run r) {
        Map<String, Set<String>> parts = LinguisticResources.equivalentKeys();
        for (int k = r.first; k <= r.last; k++) {
            Word w = words.get(k);
            if (parts.containsKey(w.keys.get(0)) || LinguisticResources.wikidataRussian(w.lower) != null) {
                return true;
            }
        }
        return false;
    }

    private Found resolveSingle(
            String text, List<Word> words, Run r, Map<String, Set<String>> keyToIds, Map<String, Found> byId) {
        Word w = words.get(r.first);
        Set<String> ids = new TreeSet<>();
        for (String k : w.keys) {
            ids.addAll(keyToIds.getOrDefault(k, Set.of()));
        }
        if (ids.size() == 1) {
            Found full = byId.get(ids.iterator().next());
            if (full.provisional) {
                return Found.provisional(r.first, r.first, w.start, w.end, full.id, full.name, full.type)
                        .withMethod("coreference");
            }
            return new Found(
                    r.first, r.first, w.start, w.end, full.id, full.name, full.type, 0.9, "coreference", false);
        }
        if (ids.size() > 1) {
            return Found.ambiguous(r.first, r.first, w.start, w.end);
        }
        Resolution res = resolve(w.part, null);
        if (!res.linked()) {
            // A lone capitalised word that is no place or organisation may be a known person's surname.
            res = resolve(w.part, EntityType.PERSON);
        }
        if (res.linked() && (!r.sentenceInitial || res.score() >= 0.8)) {
            return Found.linked(
                    r.first, r.first, w.start, w.end, res.entity(), clamp(res.score()), "resolver:" + res.method());
        }
        if (r.sentenceInitial) {
            // A lone capitalised word at a sentence start is far more often a common word than a name.
            return null;
        }
        return Found.provisional(
                r.first,
                r.first,
                w.start,
                w.end,
                provisionalId(words, r.first, r.first),
                w.part,
                r.afterTitle ? EntityType.PERSON : null);
    }

    private static void index(List<Word> words, Found f, Map<String, Set<String>> keyToIds, Map<String, Found> byId) {
        byId.putIfAbsent(f.id, f);
        for (int k = f.first; k <= f.last; k++) {
            Word w = words.get(k);
            if (PARTICLES.contains(w.lower)) {
                continue;
            }
            for (String key : w.keys) {
                keyToIds.computeIfAbsent(key, x -> new HashSet<>()).add(f.id);
            }
        }
    }

    /** {@code ~} and the plain keys of the name tokens in sorted order: order and spelling independent. */
    private static String provisionalId(List<Word> words, int first, int last) {
        TreeSet<String> keys = new TreeSet<>();
        for (int k = first; k <= last; k++) {
            Word w = words.get(k);
            if (!PARTICLES.contains(w.lower)) {
                keys.add(w.keys.get(0));
            }
        }
        return "~" + String.join("-", keys);
    }

    private static double clamp(double s) {
        return Math.max(0, Math.min(1, s));
    }

    /** A mention under construction. */
    private record Found(
            int first,
            int last,
            int start,
            int end,
            String id,
            String name,
            EntityType type,
            double score,
            String method,
            boolean provisional) {
        static Found linked(int first, int last, int start, int end, Entity e, double score, String method) {
            return new Found(first, last, start, end, e.id(), e.canonicalName(), e.type(), score, method, false);
        }

        static Found ambiguous(int first, int last, int start, int end) {
            return new Found(first, last, start, end, null, null, null, 0, "ambiguous", false);
        }

        static Found provisional(int first, int last, int start, int end, String id, String name, EntityType type) {
            return new Found(first, last, start, end, id, name, type, 0.5, "candidate", true);
        }

        Found withMethod(String m) {
            return new Found(first, last, start, end, id, name, type, score, m, provisional);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Words of the text

    /**
     * A word token of the text: {@code [start, end)} is the name part (a possessive removed),
     * {@code keys} its folded key first, then keys of nominative forms of Cyrillic case endings.
     */
    private record Word(
            int start,
            int end,
            String part,
            String lower,
            List<String> keys,
            int plainKeys,
            boolean capital,
            boolean allCaps,
            boolean sentenceInitial,
            boolean joinsNext,
            boolean inHeadline) {}

    private List<Word> words(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Word> out = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            if (!tok.isWord()) {
                continue;
            }
            int end = tok.end();
            boolean possessive = false;
            String s = tok.text();
            if (s.length() > 3
                    && (s.charAt(s.length() - 1) == 's' || s.charAt(s.length() - 1) == 'S')
                    && isApostrophe(s.charAt(s.length() - 2))) {
                end -= 2;
                possessive = true;
            }
            String part = possessive ? text.substring(tok.start(), end) : s;
            List<String> keys = keysOf(part);
            if (keys.isEmpty()) {
                continue;
            }
            int plain = 1;
            int nextWord = t + 1;
            while (nextWord < tokens.size()
                    && nextWord - t <= 3
                    && !tokens.get(nextWord).isWord()) {
                nextWord++;
            }
            boolean joins = !possessive
                    && nextWord < tokens.size()
                    && tokens.get(nextWord).isWord()
                    && joins(text, tok, tokens.get(nextWord).start());
            out.add(new Word(
                    tok.start(),
                    end,
                    part,
                    // only capitalised words are looked up in the lower-case word lists
                    tok.isCapitalized() ? part.toLowerCase(Locale.ROOT) : part,
                    keys,
                    plain,
                    tok.isCapitalized(),
                    isAcronym(part) || isAllCaps(part),
                    tok.isCapitalized() && sentenceInitial(text, tok.start()),
                    joins,
                    false));
        }
        return markHeadlines(text, out);
    }

    /**
     * Marks the words of title-case lines: a line of at least four words of which at least 70 % start with a capital.
     */
    private static List<Word> markHeadlines(String text, List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int lineEnd = text.indexOf('\n', words.get(i).start);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int j = i;
            int caps = 0;
            while (j < words.size() && words.get(j).start < lineEnd) {
                caps += words.get(j).capital ? 1 : 0;
                j++;
            }
            int n = j - i;
            boolean headline = n >= 4 && caps * 10 >= n * 7;
            for (int k = i; k < j; k++) {
                Word w = words.get(k);
                out.add(
                        headline
                                ? new Word(
                                        w.start,
                                        w.end,
                                        w.part,
                                        w.lower,
                                        w.keys,
                                        w.plainKeys,
                                        w.capital,
                                        w.allCaps,
                                        w.sentenceInitial,
                                        w.joinsNext,
                                        true)
                                : w);
            }
            i = j;
        }
        return out;
    }

    /**
     * Whether two tokens can belong to one name: only spaces between them (no line break), a
     * hyphen, or the period of an initial or short abbreviation ({@code J. Biden}, {@code U.S.},
     * {@code St. Petersburg}).
     */
    private static boolean joins(String text, Token a, int nextWordStart) {
        int i = a.end();
        int n = nextWordStart - i;
        if (n == 0) {
            return true;
        }
        char first = text.charAt(i);
        if (n == 1 && (first == '-' || first == '\u2010')) {
            return true;
        }
        if (first == '.') {
            if (a.end() - a.start() > 3) {
                return false;
            }
            i++;
            n--;
        }
        if (n > 3) {
            return false;
        }
        for (int k = i; k < nextWordStart; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t')) {
                return false;
            }
        }
        return true;
    }

    /** True at the start of the text, of a line, or after a sentence end (quotes and dashes skipped). */
    private static boolean sentenceInitial(String text, int start) {
        int i = start - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "\"'“”„«»‘’([—–-•*".indexOf(c) >= 0) {
                i--;
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';';
        }
        return true;
    }

    /**
     * The key of a word, then the keys of its nominative candidates when it is Cyrillic; empty when
     * it has no letters. Cached: news repeats the same words and names.
     */
    private List<String> keysOf(String part) {
        List<String> cached = keyCache.get(part);
        if (cached != null) {
            return cached;
        }
        String key = NameKeys.key(part);
        List<String> keys;
        if (key.isEmpty()) {
            keys = List.of();
        } else if (!isCyrillic(part)) {
            keys = List.of(key);
        } else {
            List<String> all = new ArrayList<>(4);
            all.add(key);
            for (String nominative : nominatives(part)) {
                String k = NameKeys.key(nominative);
                if (!k.isEmpty() && !all.contains(k)) {
                    all.add(k);
                }
            }
            keys = List.copyOf(all);
        }
        if (keyCache.size() > CACHE_LIMIT) {
            keyCache.clear();
        }
        keyCache.put(part, keys);
        return keys;
    }

    /** The resolver's answer, cached per finder (candidates repeat within and across documents). */
    private Resolution resolve(String name, EntityType expected) {
        String k = expected == null ? name : expected.name() + "\u0000" + name;
        Resolution r = resolutionCache.get(k);
        if (r == null) {
            r = expected == null ? resolver.resolve(name) : resolver.resolve(name, expected);
            if (resolutionCache.size() > CACHE_LIMIT) {
                resolutionCache.clear();
            }
            resolutionCache.put(k, r);
        }
        return r;
    }

    /** Nominative candidates of an inflected Cyrillic word, by the shared inflection table. */
    private List<String> nominatives(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String[] rule : inflections) {
            String ending = rule[0];
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 2) {
                String stem = word.substring(0, word.length() - ending.length());
                out.add(stem + rule[1]);
                if (rule[1].isEmpty()) {
                    String alt = ukrainianAlternation(stem);
                    if (alt != null) {
                        out.add(alt);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Ukrainian о/е/є in an open syllable becomes і/ї in the closed nominative: Києв(і) -> Київ,
     * Львов(і) -> Львів, Харков(а) -> Харків.
     */
    private static String ukrainianAlternation(String stem) {
        int n = stem.length();
        if (n < 3 || "бвгґджзйклмнпрстфхцчшщ".indexOf(Character.toLowerCase(stem.charAt(n - 1))) < 0) {
            return null;
        }
        char v = stem.charAt(n - 2);
        char r;
        switch (v) {
            case 'о', 'е' -> r = 'і';
            case 'є' -> r = 'ї';
            default -> {
                return null;
            }
        }
        return stem.substring(0, n - 2) + r + stem.charAt(n - 1);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static boolean isCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0400' && c <= '\u052F') {
                return true;
            }
        }
        return false;
    }

    /** An all-capital token of two to five letters: an acronym such as US, UK, РФ, NATO. */
    private static boolean isAcronym(String s) {
        int letters = s.codePointCount(0, s.length());
        return letters >= 2 && letters <= 5 && isAllCaps(s);
    }

    private static boolean isAllCaps(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                return false;
            }
            any |= Character.isUpperCase(cp);
            i += Character.charCount(cp);
        }
        return any && s.codePointCount(0, s.length()) >= 2;
    }

    /** Lower case without diacritics: the "same spelling" test of a dictionary match. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c == 'ı' ? 'i' : c);
            }
        }
        return sb.toString();
    }
}
