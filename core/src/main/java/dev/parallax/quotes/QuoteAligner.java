package dev.parallax.quotes;

import dev.parallax.align.SentenceSimilarity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Groups quotations from several documents that render the same statement by the same speaker:
 * a quote repeated word for word, or two translations of one sentence.
 *
 * <pre>{@code
 * // Izvestia: "After such a vision is presented, we consider it advisable … to continue negotiations"
 * // Realist:  "Each side will present its detailed position on a possible ceasefire. Based on that,
 * //            we see it as appropriate to resume negotiations"
 * QuoteAligner.defaults().align(List.of(izvestia, realist));
 * // [QuoteGroup[members=[Member[doc=0, quote=0 …], Member[doc=1, quote=0 …]], score=0.857]]
 * }</pre>
 *
 * <p>Two quotes are compared on their content words: Snowball stems (English, German or Russian by
 * script and function words), with small general equivalence lists ({@code advisable ~
 * appropriate}, {@code continue ~ resume}, {@code negotiations ~ talks}) from {@code
 * dictionaries/quotes/equivalents.txt}; the score is the share of the shorter quote's content words
 * found in the other. Quotes whose speakers are both known must share the speaker (same entity id or
 * surname); a pair without a known speaker on one side needs a higher score. An optional extra
 * similarity (the align module's cross-lingual sentence similarity) can lift a pair over the line.
 * Candidate pairs come from an inverted index on the content words, so the cost grows with pairs
 * sharing words, not with all pairs. Groups are the connected components of the links; only
 * quotes of different documents are linked.
 *
 * <p>Immutable and safe for concurrent use.
 */
public final class QuoteAligner {
    /** Share of the shorter quote's content words needed when both speakers agree. */
    private static final double SAME_SPEAKER = 0.5;
    /** Needed when one side has no speaker. */
    private static final double UNKNOWN_SPEAKER = 0.75;

    private static final int MIN_SHARED = 3;

    private final Map<String, String> canonicalStem;
    private final Set<String> stopwords;
    private final ToDoubleBiFunction<String, String> extraSimilarity;

    private QuoteAligner(
            Map<String, String> canonicalStem, Set<String> stopwords, ToDoubleBiFunction<String, String> extra) {
        this.canonicalStem = canonicalStem;
        this.stopwords = stopwords;
        this.extraSimilarity = extra;
    }

    /**
     * The built-in equivalences and stop words, with the align module's cross-lingual {@link
     * SentenceSimilarity} as the extra similarity.
     */
    public static QuoteAligner defaults() {
        QuoteLexicon lex = QuoteLexicon.builtIn();
        Map<String, String> canon = new HashMap<>();
        SnowballStemmer en = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        for (List<String> group : lex.equivalences()) {
            String head = en.stem(group.get(0)).toString();
            for (String w : group) {
                canon.putIfAbsent(en.stem(w).toString(), head);
            }
        }
        SentenceSimilarity similarity = SentenceSimilarity.defaults();
        return new QuoteAligner(Map.copyOf(canon), lex.stopwords(), similarity::score);
    }

    /**
     * The same aligner with another extra similarity: pairs that {@code similarity} (0..1) scores at
     * least 0.8 are accepted when the speakers agree.
     */
    public QuoteAligner withSimilarity(ToDoubleBiFunction<String, String> similarity) {
        return new QuoteAligner(canonicalStem, stopwords, Objects.requireNonNull(similarity, "similarity"));
    }

    /** One document's quotations, as the extractor gave them. */
    public record DocumentQuotes(String doc, List<Quote> quotes) {
        public DocumentQuotes {
            Objects.requireNonNull(doc, "doc");
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * One quotation in a group.
     *
     * @param doc index of its document in the input list
     * @param index index of the quote in that document's list
     * @param quote the quote itself
     */
    public record Member(int doc, int index, Quote quote) {}

    /**
     * Quotations rendering one statement, from at least two documents.
     *
     * @param members ordered by document, then quote index
     * @param score the weakest link's score, 0..1
     */
    public record QuoteGroup(List<Member> members, double score) {
        public QuoteGroup {
            members = List.copyOf(members);
        }
    }

    /** Groups the quotations of several documents; quotes without a counterpart are left out. */
    public List<QuoteGroup> align(List<DocumentQuotes> docs) {
        List<Member> all = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            List<Quote> qs = docs.get(d).quotes();
            for (int i = 0; i < qs.size(); i++) {
                int id = all.size();
                all.add(new Member(d, i, qs.get(i)));
                Set<String> k = contentKeys(qs.get(i).text());
                keys.add(k);
                for (String w : k) {
                    index.computeIfAbsent(w, x -> new ArrayList<>()).add(id);
                }
            }
        }
        int[] parent = new int[all.size()];
        double[] weakest = new double[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            weakest[i] = 1;
        }
        for (int a = 0; a < all.size(); a++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : keys.get(a)) {
                for (int b : index.get(w)) {
                    if (b > a && all.get(b).doc() != all.get(a).doc()) {
                        shared.merge(b, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int b = e.getKey();
                double s = linkScore(all.get(a).quote(), all.get(b).quote(), keys.get(a), keys.get(b), e.getValue());
                if (s > 0) {
                    int ra = find(parent, a);
                    int rb = find(parent, b);
                    if (ra != rb) {
                        parent[rb] = ra;
                        weakest[ra] = Math.min(Math.min(weakest[ra], weakest[rb]), s);
                    } else {
                        weakest[ra] = Math.min(weakest[ra], s);
                    }
                }
            }
        }
        Map<Integer, List<Member>> groups = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(all.get(i));
        }
        List<QuoteGroup> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Member>> e : groups.entrySet()) {
            if (e.getValue().size() > 1) {
                out.add(new QuoteGroup(e.getValue(), weakest[e.getKey()]));
            }
        }
        out.sort((x, y) -> {
            Member a = x.members().get(0);
            Member b = y.members().get(0);
            return a.doc() != b.doc() ? Integer.compare(a.doc(), b.doc()) : Integer.compare(a.index(), b.index());
        });
        return List.copyOf(out);
    }

    /**
     * How well two quotes render one statement: 0 when they should not be linked, else the share
     * of the shorter quote's content words found in the other.
     */
    double linkScore(Quote a, Quote b, Set<String> ka, Set<String> kb, int shared) {
        int shorter = Math.min(ka.size(), kb.size());
        if (shorter == 0) {
            return 0;
        }
        double overlap = (double) shared / shorter;
        Boolean same = sameSpeaker(a.speaker(), b.speaker());
        if (Boolean.FALSE.equals(same)) {
            return 0;
        }
        double need = Boolean.TRUE.equals(same) ? SAME_SPEAKER : UNKNOWN_SPEAKER;
        if (shared >= Math.min(MIN_SHARED, shorter) && overlap >= need) {
            return overlap;
        }
        if (extraSimilarity != null && Boolean.TRUE.equals(same)) {
            double s = extraSimilarity.applyAsDouble(a.text(), b.text());
            if (s >= 0.8) {
                return s;
            }
        }
        return 0;
    }

    /** TRUE/FALSE when both speakers are known, null when either is not. */
    static Boolean sameSpeaker(Speaker a, Speaker b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.id() != null && a.id().equals(b.id())) {
            return true;
        }
        String sa = surname(a.name() != null ? a.name() : a.text());
        String sb = surname(b.name() != null ? b.name() : b.text());
        if (sa == null || sb == null) {
            return null;
        }
        return sa.equals(sb);
    }

    private static String surname(String name) {
        String[] parts = name.trim().split("\\s+");
        String last = CapitalisedNames.stripPossessive(parts[parts.length - 1]);
        if (last.isEmpty() || !Character.isUpperCase(last.codePointAt(0))) {
            return null; // a pronoun or description decides nothing
        }
        return Normalizer.normalize(last.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    /** Canonical content-word stems of a text. */
    Set<String> contentKeys(String text) {
        SnowballStemmer stemmer = new SnowballStemmer(algorithmFor(text));
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 2 || stopwords.contains(w)) {
                continue;
            }
            String stem = stemmer.stem(w).toString();
            out.add(canonicalStem.getOrDefault(stem, stem));
        }
        return out;
    }

    private static SnowballStemmer.ALGORITHM algorithmFor(String text) {
        int cyr = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
            if (s == Character.UnicodeScript.CYRILLIC) {
                cyr++;
            } else if (s == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (cyr > latin) {
            return SnowballStemmer.ALGORITHM.RUSSIAN;
        }
        Set<String> words = new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        int de = 0;
        for (String w : List.of("der", "die", "und", "das", "ist", "nicht", "wir", "ich", "zu", "mit")) {
            if (words.contains(w)) {
                de++;
            }
        }
        return de >= 2 ? SnowballStemmer.ALGORITHM.GERMAN : SnowballStemmer.ALGORITHM.ENGLISH;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
