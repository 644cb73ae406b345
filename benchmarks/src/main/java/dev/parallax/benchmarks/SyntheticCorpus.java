package dev.parallax.benchmarks;

import dev.parallax.names.EntityDictionary;
import dev.parallax.report.Report;
import dev.parallax.report.ReportBuilder;
import dev.parallax.text.Document;
import dev.parallax.text.Sentence;
import dev.parallax.text.TextPipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic synthetic corpora about one event, made from the seed articles' sentences and names,
 * for measuring the report at scale.
 *
 * <pre>{@code
 * List<Document> corpus = SyntheticCorpus.from(seedDocuments).generate(1000, 42L);
 * // 1000 articles: "ISTANBUL (Outlet 17). The talks, hosted in Istanbul, lasted under two hours..."
 * }</pre>
 *
 * <p>Each article takes one seed's kept sentences, drops some and reorders neighbours, borrows a
 * few sentences from other seeds, respells names across the romanisations the seeds use ("Kiev" /
 * "Kyiv", "Oleg Lugovskoy" / "Oleh Luhovskyi") and by romanisation rules ({@code -sky} / {@code
 * -skyi} / {@code -skiy}), and adds translation-style noise: synonyms, number notation ("1,000" /
 * "1000" / "1 000"), dropped articles. Outlets are numbered with a dateline so that the report finds
 * them. Deterministic for a given random seed. Immutable and safe for concurrent use.
 */
public final class SyntheticCorpus {
    private final List<List<String>> seedSentences;
    private final List<List<String>> spellingGroups;

    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("talks", List.of("negotiations", "discussions")),
            Map.entry("negotiations", List.of("talks")),
            Map.entry("said", List.of("stated", "told reporters")),
            Map.entry("nearly", List.of("almost", "close to")),
            Map.entry("almost", List.of("nearly")),
            Map.entry("agreed", List.of("consented", "decided")),
            Map.entry("delegation", List.of("team", "mission")),
            Map.entry("large-scale", List.of("massive", "big")),
            Map.entry("meeting", List.of("session", "encounter")),
            Map.entry("ready", List.of("prepared", "willing")),
            Map.entry("ceasefire", List.of("truce", "cease-fire")),
            Map.entry("exchange", List.of("swap")),
            Map.entry("stressed", List.of("emphasised", "underlined")));

    private static final List<String[]> ROMANISATION = List.of(
            new String[] {"skyi\\b", "sky"},
            new String[] {"sky\\b", "skiy"},
            new String[] {"skiy\\b", "skyi"},
            new String[] {"Kh", "H"},
            new String[] {"Ye", "E"},
            new String[] {"iy\\b", "y"},
            new String[] {"ov\\b", "ow"});

    private static final String[] CITIES = {"ISTANBUL", "MOSCOW", "KYIV", "ANKARA", "BRUSSELS", "BEIJING", "BAKU"};

    private SyntheticCorpus(List<List<String>> seedSentences, List<List<String>> spellingGroups) {
        this.seedSentences = seedSentences;
        this.spellingGroups = spellingGroups;
    }

    /** A generator over the given seed articles (their kept sentences and the spellings the report finds). */
    public static SyntheticCorpus from(List<Document> seeds) {
        List<List<String>> sentences = new ArrayList<>();
        for (Document d : seeds) {
            sentences.add(TextPipeline.defaults().analyze(d).sentences().stream()
                    .map(Sentence::text)
                    .toList());
        }
        Report r = ReportBuilder.of(EntityDictionary.builtIn()).build(seeds);
        List<List<String>> groups = new ArrayList<>();
        for (Report.Name n : r.names()) {
            Set<String> forms = new LinkedHashSet<>();
            n.spellings().forEach(s -> forms.add(s.text()));
            if (forms.size() > 1) {
                groups.add(List.copyOf(forms));
            }
        }
        return new SyntheticCorpus(List.copyOf(sentences), List.copyOf(groups));
    }

    /** {@code n} articles; the same {@code seed} gives the same corpus. */
    public List<Document> generate(int n, long seed) {
        Random rnd = new Random(seed);
        int outlets = Math.max(5, n / 20);
        List<Document> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Document.of(String.format(Locale.ROOT, "synthetic/%05d.txt", i), article(rnd, outlets)));
        }
        return out;
    }

    private String article(Random rnd, int outlets) {
        List<String> base = seedSentences.get(rnd.nextInt(seedSentences.size()));
        List<String> picked = new ArrayList<>();
        for (String s : base) {
            if (rnd.nextDouble() < 0.8) {
                picked.add(s);
            }
        }
        for (int k = rnd.nextInt(4); k > 0; k--) {
            List<String> other = seedSentences.get(rnd.nextInt(seedSentences.size()));
            if (!other.isEmpty()) {
                picked.add(rnd.nextInt(picked.size() + 1), other.get(rnd.nextInt(other.size())));
            }
        }
        for (int k = 1; k < picked.size(); k++) {
            if (rnd.nextDouble() < 0.2) {
                Collections.swap(picked, k - 1, k);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(" date 2025-05-").append(16 + rnd.nextInt(3)).append(' ').append("Talks in Istanbul\n");
        sb.append(CITIES[rnd.nextInt(CITIES.length)])
                .append(" (Outlet ")
                .append(1 + rnd.nextInt(outlets))
                .append("). ");
        int inParagraph = 0;
        for (String s : picked) {
            sb.append(noise(respell(s, rnd), rnd));
            if (++inParagraph >= 2 + rnd.nextInt(2)) {
                sb.append('\n');
                inParagraph = 0;
            } else {
                sb.append(' ');
            }
        }
        return sb.append('\n').toString();
    }

    private String respell(String s, Random rnd) {
        for (List<String> group : spellingGroups) {
            for (String form : group) {
                if (s.contains(form) && rnd.nextDouble() < 0.4) {
                    s = s.replace(form, group.get(rnd.nextInt(group.size())));
                    break;
                }
            }
        }
        if (rnd.nextDouble() < 0.15) {
            String[] rule = ROMANISATION.get(rnd.nextInt(ROMANISATION.size()));
            s = s.replaceAll(rule[0], rule[1]);
        }
        return s;
    }

    private static final Pattern WORD = Pattern.compile("\\b[\\p{L}-]+\\b");
    private static final Pattern THOUSANDS = Pattern.compile("\\b(\\d{1,3}),(\\d{3})\\b");

    private static String noise(String s, Random rnd) {
        Matcher m = WORD.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            List<String> syn = SYNONYMS.get(w);
            String rep = w;
            if (syn != null && rnd.nextDouble() < 0.3) {
                rep = syn.get(rnd.nextInt(syn.size()));
            } else if (w.equals("the") && rnd.nextDouble() < 0.1) {
                rep = "";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        String out = sb.toString().replace("  ", " ");
        if (rnd.nextDouble() < 0.5) {
            String sep = rnd.nextBoolean() ? "" : " ";
            out = THOUSANDS.matcher(out).replaceAll("$1" + sep + "$2");
        }
        return out;
    }
}
