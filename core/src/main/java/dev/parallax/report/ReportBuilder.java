package dev.parallax.report;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.names.EntityDictionary;
import dev.parallax.quotes.QuoteAligner;
import dev.parallax.text.Document;
import dev.parallax.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Builds the cross-outlet {@link Report} of a set of articles about one event.
 *
 * <pre>{@code
 * Report r = ReportBuilder.of(EntityDictionary.builtIn())
 *         .build(List.of(Document.read(Path.of("seeds/000_ae45607cbd54d3d3.txt")), ...));
 * r.sources().get(0).outlet();   // "Sputnik"
 * }</pre>
 *
 * <p>Each article goes through the text, names and quotation stages on its own (in parallel);
 * then names are grouped across articles, sentences are clustered into facts and quotations into
 * statements through blocking indexes ({@link Clusterer}), and the facts are searched for
 * disagreements ({@link Disagreements}). The whole run is about linear in the number of articles.
 * Immutable and safe for concurrent use.
 */
public final class ReportBuilder {
    /** Told how many articles have been analysed so far; called from any thread. */
    @FunctionalInterface
    public interface Progress {
        void done(int articles, int total);

        Progress NONE = (a, t) -> {};
    }

    static final double FACT_THRESHOLD = 0.3;
    /** Quotes at least this close (weighted Dice, same speaker feature) are renderings of one variant. */
    static final double NEAR_DUPLICATE = 0.6;

    private final EntityDictionary dictionary;
    private final NameStage names;

    private ReportBuilder(EntityDictionary dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.names = NameStage.of(dictionary);
    }

    /** A builder linking names against {@code dictionary} (use {@link EntityDictionary#empty()} for none). */
    public static ReportBuilder of(EntityDictionary dictionary) {
        return new ReportBuilder(dictionary);
    }

    /** The dictionary names are linked against. */
    public EntityDictionary dictionary() {
        return dictionary;
    }

    public Report build(List<Document> documents) {
        return build(documents, Progress.NONE);
    }

    /**
     * Builds the report.
     *
     * @throws IllegalArgumentException when {@code documents} is empty
     */
    public Report build(List<Document> documents, Progress progress) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("documents must not be empty");
        }
        AtomicInteger done = new AtomicInteger();
        List<Analysed> analysed = IntStream.range(0, documents.size())
                .parallel()
                .mapToObj(i -> {
                    Analysed a = analyse(i, documents.get(i));
                    progress.done(done.incrementAndGet(), documents.size());
                    return a;
                })
                .toList();
        List<Article> articles = linkAcrossArticles(
                        analysed.stream().map(Analysed::article).toList())
                .stream()
                .parallel()
                .map(ReportBuilder::withQuotes)
                .toList();
        List<Report.Source> sources = sources(analysed, articles);
        List<Report.Name> names = names(articles);
        Facts facts = facts(articles);
        List<Report.Quote> quotes = quotes(articles);
        List<Report.Disagreement> disagreements = Disagreements.find(
                articles,
                facts.clusters,
                facts.report,
                analysed.stream().map(Analysed::meta).toList(),
                sources);
        return new Report(sources, names, facts.report, quotes, disagreements);
    }

    private record Analysed(Article article, SourceMetadata.Meta meta) {}

    private Analysed analyse(int index, Document doc) {
        TextStage.Segmented seg = TextStage.analyze(doc);
        List<Article.NameMention> mentions = names.find(doc, seg.sentences());
        Article a = new Article(index, doc, seg.language(), seg.sentences(), seg.removed(), mentions, List.of());
        return new Analysed(a, SourceMetadata.extract(doc));
    }

    /** Quotations are read once names are linked across articles, so that speakers carry final ids. */
    private static Article withQuotes(Article a) {
        return new Article(
                a.index(), a.document(), a.language(), a.sentences(), a.removed(), a.mentions(), QuoteStage.find(a));
    }

    /**
     * A one-word mention ("Medinsky", "Fomin") takes the id of the one fuller name ending in the
     * same word in its own article, or else in the whole set; when several fit, it keeps its own.
     */
    static List<Article> linkAcrossArticles(List<Article> articles) {
        Map<String, Set<String>> bySurnameAll = new HashMap<>();
        List<Map<String, Set<String>>> bySurnameDoc = new ArrayList<>();
        for (Article a : articles) {
            Map<String, Set<String>> local = new HashMap<>();
            for (Article.NameMention m : a.mentions()) {
                if (m.name() != null && m.name().indexOf(' ') > 0 && !"PLACE".equals(m.type())) {
                    String key = NameStage.surnameKey(m.name());
                    local.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.id());
                    bySurnameAll
                            .computeIfAbsent(key, k -> new LinkedHashSet<>())
                            .add(m.id());
                }
            }
            bySurnameDoc.add(local);
        }
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            Map<String, Set<String>> local = bySurnameDoc.get(a.index());
            List<Article.NameMention> mentions = new ArrayList<>();
            for (Article.NameMention m : a.mentions()) {
                if (m.provisional() && m.name() != null && m.name().indexOf(' ') < 0) {
                    String key = NameStage.surnameKey(m.name());
                    Set<String> cands = local.getOrDefault(key, Set.of());
                    if (cands.isEmpty()) {
                        cands = bySurnameAll.getOrDefault(key, Set.of());
                    }
                    if (cands.size() == 1 && key.length() >= 3) {
                        m = new Article.NameMention(
                                m.span(), m.text(), cands.iterator().next(), m.name(), m.type(), m.provisional());
                    }
                }
                mentions.add(m);
            }
            out.add(new Article(
                    a.index(), a.document(), a.language(), a.sentences(), a.removed(), mentions, a.quotes()));
        }
        return out;
    }

    private static List<Report.Source> sources(List<Analysed> analysed, List<Article> articles) {
        List<Report.Source> out = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        for (Analysed an : analysed) {
            Article a = articles.get(an.article().index());
            SourceMetadata.Meta m = an.meta();
            String file = a.document().source();
            String stem = fileStem(file);
            String label = m.outlet() != null ? m.outlet() : stem;
            int n = labels.merge(label, 1, Integer::sum);
            if (n > 1) {
                label = label + " [" + n + "]";
            }
            int words = 0;
            for (Article.Sentence s : a.sentences()) {
                words += (int) dev.parallax.text.Tokenizer.tokenize(s.text()).stream()
                        .filter(dev.parallax.text.Token::isWord)
                        .count();
            }
            Map<String, Integer> removed = new TreeMap<>();
            for (Article.Removal r : a.removed()) {
                removed.merge(r.reason(), 1, Integer::sum);
            }
            String text = a.document().text();
            out.add(new Report.Source(
                    file,
                    label,
                    m.outlet(),
                    m.outlet() != null ? m.evidence() : "file name",
                    m.author(),
                    m.date() == null ? null : m.date().toString(),
                    a.language(),
                    text.codePointCount(0, text.length()),
                    words,
                    a.sentences().size(),
                    removed));
        }
        return out;
    }

    static String fileStem(String file) {
        String name = file.equals("-") ? "stdin" : Path.of(file).getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    private static List<Report.Name> names(List<Article> articles) {
        // id -> source -> spelling -> count; the canonical form is the most used of the longest spellings
        Map<String, Map<Integer, Map<String, Integer>>> spellings = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Map<String, Article.NameMention> first = new HashMap<>();
        for (Article a : articles) {
            for (Article.NameMention m : a.mentions()) {
                spellings
                        .computeIfAbsent(m.id(), k -> new TreeMap<>())
                        .computeIfAbsent(a.index(), k -> new TreeMap<>())
                        .merge(m.text(), 1, Integer::sum);
                forms.computeIfAbsent(m.id(), k -> new HashMap<>()).merge(m.name(), 1, Integer::sum);
                first.putIfAbsent(m.id(), m);
            }
        }
        List<Report.Name> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Map<String, Integer>>> e : spellings.entrySet()) {
            Article.NameMention m = first.get(e.getKey());
            String canonical = m.provisional() ? canonical(forms.get(e.getKey())) : m.name();
            List<Report.Spelling> list = new ArrayList<>();
            e.getValue().forEach((src, byText) -> byText.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(t -> list.add(new Report.Spelling(src, t.getKey(), t.getValue()))));
            out.add(new Report.Name(e.getKey(), canonical, m.type(), m.provisional(), list));
        }
        out.sort(Comparator.comparingInt(Report.Name::sourceCount)
                .reversed()
                .thenComparing(Comparator.comparingInt(Report.Name::mentions).reversed())
                .thenComparing(Report.Name::name));
        return out;
    }

    private static String canonical(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(
                                f -> f.getKey().split(" ").length)
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }

    /** The fact rows of the report, plus the clusters as (article, sentence index) pairs for the detectors. */
    record Facts(List<Report.Fact> report, List<List<int[]>> clusters) {}

    private static Facts facts(List<Article> articles) {
        List<Clusterer.Unit> units = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        for (Article a : articles) {
            for (int s = 0; s < a.sentences().size(); s++) {
                Article.Sentence sent = a.sentences().get(s);
                List<String> ids = idsIn(a, sent.span());
                units.add(new Clusterer.Unit(
                        a.index(),
                        where.size(),
                        Features.of(
                                a.document().text(),
                                sent.span().start(),
                                sent.span().end(),
                                ids)));
                where.add(new int[] {a.index(), s});
            }
        }
        // Stems only meet within a language; across languages the align module's similarity decides.
        SentenceSimilarity similarity = SentenceSimilarity.defaults();
        List<List<Integer>> clusters = Clusterer.withThreshold(FACT_THRESHOLD)
                .withSimilarity((ka, kb) -> {
                    Article.Sentence a =
                            articles.get(where.get(ka)[0]).sentences().get(where.get(ka)[1]);
                    Article.Sentence b =
                            articles.get(where.get(kb)[0]).sentences().get(where.get(kb)[1]);
                    return a.lang().equals(b.lang()) ? 0 : similarity.score(a.text(), b.text());
                })
                .cluster(units);
        List<List<int[]>> shared = new ArrayList<>();
        List<List<int[]>> single = new ArrayList<>();
        for (List<Integer> c : clusters) {
            List<int[]> members = c.stream()
                    .map(where::get)
                    .sorted(Comparator.comparingInt((int[] w) -> w[0]))
                    .toList();
            (members.size() > 1 ? shared : single).add(members);
        }
        // most widely carried first; stable otherwise (order of first appearance)
        List<List<int[]>> ordered = new ArrayList<>(shared);
        ordered.sort(Comparator.comparingInt((List<int[]> c) -> c.size()).reversed());
        ordered.addAll(single);
        List<Report.Fact> report = new ArrayList<>();
        for (List<int[]> c : ordered) {
            List<Report.Item> items = new ArrayList<>();
            Set<String> entities = new LinkedHashSet<>();
            for (int[] w : c) {
                Article a = articles.get(w[0]);
                Article.Sentence s = a.sentences().get(w[1]);
                items.add(a.item(s.span()).toReport());
                entities.addAll(idsIn(a, s.span()));
            }
            report.add(new Report.Fact("F" + (report.size() + 1), items, List.copyOf(entities)));
        }
        return new Facts(report, ordered);
    }

    static List<String> idsIn(Article a, Span span) {
        List<String> ids = new ArrayList<>();
        for (Article.NameMention m : a.mentions()) {
            if (span.contains(m.span()) && !ids.contains(m.id())) {
                ids.add(m.id());
            }
        }
        return ids;
    }

    private static List<Report.Quote> quotes(List<Article> articles) {
        Map<String, String> canonical = new HashMap<>();
        for (Report.Name n : names(articles)) {
            canonical.put(n.id(), n.name());
        }
        // Near-identical renderings of one speaker are grouped first through the linear blocking
        // index; the aligner, which compares every pair of quotes sharing words, then sees one
        // representative per variant. Without this, a statement copied by thousands of outlets
        // would make the alignment quadratic in the number of articles.
        List<int[]> all = new ArrayList<>();
        List<Clusterer.Unit> units = new ArrayList<>();
        for (Article a : articles) {
            for (int q = 0; q < a.quotes().size(); q++) {
                Article.QuoteMention qm = a.quotes().get(q);
                List<String> speaker = qm.speakerId() == null ? List.of() : List.of(qm.speakerId());
                units.add(new Clusterer.Unit(
                        a.index(),
                        all.size(),
                        Features.of(
                                a.document().text(),
                                qm.span().start(),
                                qm.span().end(),
                                speaker)));
                all.add(new int[] {a.index(), q});
            }
        }
        List<List<Integer>> variants = Clusterer.withThreshold(NEAR_DUPLICATE).cluster(units);
        List<List<dev.parallax.quotes.Quote>> repsByDoc = new ArrayList<>();
        List<List<Integer>> variantOfRep = new ArrayList<>();
        for (int d = 0; d < articles.size(); d++) {
            repsByDoc.add(new ArrayList<>());
            variantOfRep.add(new ArrayList<>());
        }
        for (int v = 0; v < variants.size(); v++) {
            int[] w = all.get(variants.get(v).get(0));
            repsByDoc.get(w[0]).add(articles.get(w[0]).quotes().get(w[1]).quote());
            variantOfRep.get(w[0]).add(v);
        }
        List<QuoteAligner.DocumentQuotes> docs = new ArrayList<>();
        for (Article a : articles) {
            docs.add(new QuoteAligner.DocumentQuotes(a.document().source(), repsByDoc.get(a.index())));
        }
        List<List<int[]>> groups = new ArrayList<>();
        Set<Long> grouped = new java.util.HashSet<>();
        boolean[] variantGrouped = new boolean[variants.size()];
        List<List<Integer>> variantGroups = new ArrayList<>();
        for (QuoteAligner.QuoteGroup g : QuoteAligner.defaults()
                .withSimilarity(SentenceSimilarity.defaults()::score)
                .align(docs)) {
            List<Integer> vs = new ArrayList<>();
            for (QuoteAligner.Member m : g.members()) {
                int v = variantOfRep.get(m.doc()).get(m.index());
                if (!variantGrouped[v]) {
                    variantGrouped[v] = true;
                    vs.add(v);
                }
            }
            variantGroups.add(vs);
        }
        for (int v = 0; v < variants.size(); v++) {
            if (!variantGrouped[v] && variants.get(v).size() > 1) {
                variantGroups.add(List.of(v));
            }
        }
        for (List<Integer> vs : variantGroups) {
            List<int[]> members = new ArrayList<>();
            for (int v : vs) {
                for (int u : variants.get(v)) {
                    int[] w = all.get(u);
                    members.add(w);
                    grouped.add(((long) w[0] << 32) | w[1]);
                }
            }
            members.sort(Comparator.comparingInt((int[] w) -> w[0]).thenComparingInt(w -> w[1]));
            groups.add(members);
        }
        groups.sort(Comparator.comparingInt((List<int[]> g) -> -sourceCount(g)));
        // the rest, one outlet each: speakers known first, in order of appearance
        List<List<int[]>> single = new ArrayList<>();
        List<List<int[]>> unknown = new ArrayList<>();
        for (Article a : articles) {
            for (int q = 0; q < a.quotes().size(); q++) {
                if (!grouped.contains(((long) a.index() << 32) | q)) {
                    (a.quotes().get(q).speakerId() == null ? unknown : single).add(List.of(new int[] {a.index(), q}));
                }
            }
        }
        Comparator<List<int[]>> fragmentsLast = Comparator.comparing((List<int[]> g) ->
                articles.get(g.get(0)[0]).quotes().get(g.get(0)[1]).partial());
        single.sort(fragmentsLast);
        unknown.sort(fragmentsLast);
        groups.addAll(single);
        groups.addAll(unknown);
        List<Report.Quote> out = new ArrayList<>();
        for (List<int[]> g : groups) {
            List<Report.Item> items = new ArrayList<>();
            String speakerId = null;
            String speaker = null;
            boolean partial = true;
            for (int[] w : g) {
                Article a = articles.get(w[0]);
                Article.QuoteMention qm = a.quotes().get(w[1]);
                items.add(a.item(qm.span()).toReport());
                partial &= qm.partial();
                if (speakerId == null && qm.speakerId() != null) {
                    speakerId = qm.speakerId();
                    speaker = canonical.getOrDefault(speakerId, qm.speakerName());
                }
            }
            out.add(new Report.Quote("Q" + (out.size() + 1), speakerId, speaker, items, partial));
        }
        return out;
    }

    private static int sourceCount(List<int[]> group) {
        return (int) group.stream().mapToInt(w -> w[0]).distinct().count();
    }
}
