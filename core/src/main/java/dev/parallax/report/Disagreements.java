package dev.parallax.report;

import dev.parallax.internal.DataFiles;
import dev.parallax.text.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds where outlets disagree.
 *
 * <ul>
 *   <li>Within a fact: quantities of the same unit that cannot both be true ({@code conflict}: "909
 *       bodies" / "900 bodies"), or that agree in value but are hedged differently ({@code nuance}:
 *       "nearly two hours" / "less than two hours"). Notation never counts: "1,000" = "1000" =
 *       "1 000" = "one thousand".
 *   <li>Within a fact: two different calendar dates for it ({@code date}).
 *   <li>Across the set: two different people sharing a surname ({@code name}, {@code distinct}:
 *       "Alexander Fomin" and "Andrei Fomin"), so that a reader does not merge them.
 *   <li>Across the set: two venues of one kind (two palaces, two hotels) named by different
 *       outlets, with the dates each side gives, which shows two different events ({@code event}).
 * </ul>
 *
 * Stateless and safe for concurrent use.
 */
final class Disagreements {
    private Disagreements() {}

    /** Head words of venue names in the languages served. */
    static final Set<String> VENUES = DataFiles.words("report/venues.txt");

    static List<Report.Disagreement> find(
            List<Article> articles,
            List<List<int[]>> clusters,
            List<Report.Fact> facts,
            List<SourceMetadata.Meta> metas,
            List<Report.Source> sources) {
        List<Report.Disagreement> out = new ArrayList<>();
        int[] years = new int[articles.size()];
        for (Article a : articles) {
            years[a.index()] = defaultYear(a, metas.get(a.index()));
        }
        for (int c = 0; c < clusters.size(); c++) {
            List<int[]> members = clusters.get(c);
            if (members.size() < 2) {
                continue;
            }
            quantities(articles, members, facts.get(c).id(), sources, out);
            dates(articles, members, facts.get(c).id(), sources, years, out);
        }
        namesakes(articles, sources, out);
        events(articles, sources, metas, years, out);
        return out;
    }

    private static void quantities(
            List<Article> articles,
            List<int[]> members,
            String fact,
            List<Report.Source> sources,
            List<Report.Disagreement> out) {
        // unit -> normalised -> (sources, surfaces, first evidence)
        Map<String, Map<String, ClaimBuilder>> byUnit = new TreeMap<>();
        Map<String, List<Quantities.Quantity>> seen = new HashMap<>();
        for (int[] w : members) {
            Article a = articles.get(w[0]);
            Span s = a.sentences().get(w[1]).span();
            for (Quantities.Quantity q : Quantities.find(a.document().text(), s.start(), s.end())) {
                if (q.unit().isEmpty()) {
                    continue;
                }
                byUnit.computeIfAbsent(q.unit(), k -> new TreeMap<>())
                        .computeIfAbsent(q.normalized(), k -> new ClaimBuilder(k, a.item(s)))
                        .add(a.index(), q.surface());
                seen.computeIfAbsent(q.unit() + "|" + q.normalized(), k -> new ArrayList<>())
                        .add(q);
            }
        }
        for (Map.Entry<String, Map<String, ClaimBuilder>> e : byUnit.entrySet()) {
            Map<String, ClaimBuilder> claims = e.getValue();
            if (claims.size() < 2 || distinctSources(claims.values()) < 2) {
                continue;
            }
            List<Quantities.Quantity> reps = new ArrayList<>();
            for (String norm : claims.keySet()) {
                reps.add(seen.get(e.getKey() + "|" + norm).get(0));
            }
            boolean conflict = false;
            boolean sameValue = true;
            for (int i = 0; i < reps.size(); i++) {
                for (int j = i + 1; j < reps.size(); j++) {
                    conflict |= !reps.get(i).overlaps(reps.get(j));
                    sameValue &= reps.get(i).value() == reps.get(j).value();
                }
            }
            boolean duration = Quantities.DURATION_UNITS.contains(e.getKey());
            String kind = duration ? "duration" : "number";
            String severity = conflict ? "conflict" : "nuance";
            List<Report.Claim> list =
                    claims.values().stream().map(cb -> cb.build()).toList();
            String summary = (duration ? "Duration" : "Figure")
                    + (conflict ? " differs: " : sameValue ? " hedged differently: " : " differs slightly: ")
                    + describe(list, sources);
            out.add(new Report.Disagreement(kind, severity, fact, summary, list));
        }
    }

    private static void dates(
            List<Article> articles,
            List<int[]> members,
            String fact,
            List<Report.Source> sources,
            int[] years,
            List<Report.Disagreement> out) {
        Map<String, ClaimBuilder> claims = new TreeMap<>();
        for (int[] w : members) {
            Article a = articles.get(w[0]);
            Span s = a.sentences().get(w[1]).span();
            for (Dates.Mention d : Dates.find(a.document().text(), s.start(), s.end(), years[a.index()])) {
                claims.computeIfAbsent(d.date().toString(), k -> new ClaimBuilder(k, a.item(s)))
                        .add(a.index(), d.surface());
            }
        }
        if (claims.size() >= 2 && distinctSources(claims.values()) >= 2 && noSourceInAll(claims.values())) {
            List<Report.Claim> list =
                    claims.values().stream().map(ClaimBuilder::build).toList();
            out.add(new Report.Disagreement(
                    "date", "conflict", fact, "Date differs: " + describe(list, sources), list));
        }
    }

    /** True when no single source states every date (a source giving two dates is telling a sequence). */
    private static boolean noSourceInAll(java.util.Collection<ClaimBuilder> claims) {
        Set<Integer> common = null;
        for (ClaimBuilder c : claims) {
            if (common == null) {
                common = new TreeSet<>(c.sources);
            } else {
                common.retainAll(c.sources);
            }
        }
        return common == null || common.isEmpty();
    }

    private static void namesakes(List<Article> articles, List<Report.Source> sources, List<Report.Disagreement> out) {
        // surname key -> entity id -> claim
        Map<String, Map<String, ClaimBuilder>> bySurname = new TreeMap<>();
        for (Article a : articles) {
            for (Article.NameMention m : a.mentions()) {
                String[] parts = m.name().split(" ");
                if (parts.length < 2
                        || m.type() != null && !m.type().equals("PERSON")
                        || VENUES.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String key = NameStage.surnameKey(m.name());
                Span sentence = sentenceOf(a, m.span());
                bySurname
                        .computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(m.id(), k -> new ClaimBuilder(m.name(), a.item(sentence)))
                        .add(a.index(), m.text());
            }
        }
        for (Map<String, ClaimBuilder> ids : bySurname.values()) {
            if (ids.size() < 2) {
                continue;
            }
            List<Report.Claim> list =
                    ids.values().stream().map(ClaimBuilder::buildWithName).toList();
            out.add(new Report.Disagreement(
                    "name",
                    "distinct",
                    null,
                    "Different people with one surname (not merged): " + describe(list, sources),
                    list));
        }
    }

    private static void events(
            List<Article> articles,
            List<Report.Source> sources,
            List<SourceMetadata.Meta> metas,
            int[] years,
            List<Report.Disagreement> out) {
        // venue head -> venue id -> claim
        Map<String, Map<String, ClaimBuilder>> byHead = new TreeMap<>();
        Map<String, Set<Integer>> venueSources = new HashMap<>();
        Map<String, TreeSet<LocalDate>> venueDates = new HashMap<>();
        for (Article a : articles) {
            for (Article.NameMention m : a.mentions()) {
                String[] parts = m.name().split(" ");
                String head = parts[parts.length - 1].toLowerCase(Locale.ROOT);
                if (parts.length < 2 || !VENUES.contains(head)) {
                    continue;
                }
                Span sentence = sentenceOf(a, m.span());
                byHead.computeIfAbsent(head, k -> new LinkedHashMap<>())
                        .computeIfAbsent(m.id(), k -> new ClaimBuilder(m.name(), a.item(sentence)))
                        .add(a.index(), m.text());
                venueSources.computeIfAbsent(m.id(), k -> new TreeSet<>()).add(a.index());
                for (Dates.Mention d :
                        Dates.find(a.document().text(), sentence.start(), sentence.end(), years[a.index()])) {
                    venueDates.computeIfAbsent(m.id(), k -> new TreeSet<>()).add(d.date());
                }
            }
        }
        for (Map<String, ClaimBuilder> venues : byHead.values()) {
            if (venues.size() < 2) {
                continue;
            }
            // two venues of one kind named by different outlets, none naming both
            List<String> ids = new ArrayList<>(venues.keySet());
            boolean disjoint = true;
            for (int i = 0; i < ids.size() && disjoint; i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    Set<Integer> both = new TreeSet<>(venueSources.get(ids.get(i)));
                    both.retainAll(venueSources.get(ids.get(j)));
                    disjoint &= both.isEmpty();
                }
            }
            if (!disjoint) {
                continue;
            }
            List<Report.Claim> claims = new ArrayList<>();
            StringBuilder summary = new StringBuilder("Two different events? ");
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                ClaimBuilder cb = venues.get(id);
                TreeSet<LocalDate> dates = venueDates.getOrDefault(id, new TreeSet<>());
                String when;
                if (!dates.isEmpty()) {
                    when = "on " + format(dates.first());
                } else {
                    TreeSet<LocalDate> pub = new TreeSet<>();
                    TreeSet<LocalDate> latest = new TreeSet<>();
                    for (int s : venueSources.get(id)) {
                        if (metas.get(s).date() != null) {
                            pub.add(metas.get(s).date());
                        }
                        latest.addAll(allDates(articles.get(s), years[s]));
                    }
                    when = !pub.isEmpty()
                            ? "published " + format(pub.first())
                            : !latest.isEmpty()
                                    ? "after " + format(latest.last()) + " (latest date the article mentions)"
                                    : "date not stated";
                }
                claims.add(new Report.Claim(
                        cb.value, cb.value + ", " + when, List.copyOf(cb.sources), cb.evidence.toReport()));
                summary.append(i == 0 ? "" : " versus ")
                        .append(cb.value)
                        .append(' ')
                        .append(when)
                        .append(" (")
                        .append(labels(cb.sources, sources))
                        .append(')');
            }
            out.add(new Report.Disagreement("event", "conflict", null, summary.toString(), claims));
        }
    }

    private static List<LocalDate> allDates(Article a, int year) {
        List<LocalDate> out = new ArrayList<>();
        for (Article.Sentence s : a.sentences()) {
            for (Dates.Mention d :
                    Dates.find(a.document().text(), s.span().start(), s.span().end(), year)) {
                out.add(d.date());
            }
        }
        return out;
    }

    private static String format(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }

    /** The year dates without one take: the article's own, else the year it writes most. */
    private static int defaultYear(Article a, SourceMetadata.Meta meta) {
        if (meta.date() != null) {
            return meta.date().getYear();
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        String text = a.document().text();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b").matcher(text);
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group()), 1, Integer::sum);
        }
        // articles look back at earlier years; the latest year written is their own
        return counts.isEmpty() ? 0 : ((TreeMap<Integer, Integer>) counts).lastKey();
    }

    private static Span sentenceOf(Article a, Span span) {
        for (Article.Sentence s : a.sentences()) {
            if (s.span().contains(span)) {
                return s.span();
            }
        }
        return span;
    }

    private static int distinctSources(java.util.Collection<ClaimBuilder> claims) {
        Set<Integer> s = new TreeSet<>();
        claims.forEach(c -> s.addAll(c.sources));
        return s.size();
    }

    private static String describe(List<Report.Claim> claims, List<Report.Source> sources) {
        StringBuilder sb = new StringBuilder();
        for (Report.Claim c : claims) {
            if (sb.length() > 0) {
                sb.append(" / ");
            }
            sb.append('"')
                    .append(c.value())
                    .append("\" (")
                    .append(labels(c.sources(), sources))
                    .append(')');
        }
        return sb.toString();
    }

    private static String labels(java.util.Collection<Integer> ids, List<Report.Source> sources) {
        return String.join(", ", ids.stream().map(i -> sources.get(i).label()).toList());
    }

    private static final class ClaimBuilder {
        final String normalized;
        final Article.Item evidence;
        final TreeSet<Integer> sources = new TreeSet<>();
        final List<String> surfaces = new ArrayList<>();
        String value;

        ClaimBuilder(String normalized, Article.Item evidence) {
            this.normalized = normalized;
            this.evidence = evidence;
            this.value = normalized;
        }

        ClaimBuilder add(int source, String surface) {
            sources.add(source);
            if (!surfaces.contains(surface)) {
                surfaces.add(surface);
            }
            return this;
        }

        Report.Claim build() {
            return new Report.Claim(
                    String.join(" / ", surfaces), normalized, List.copyOf(sources), evidence.toReport());
        }

        Report.Claim buildWithName() {
            return new Report.Claim(
                    normalized, String.join(" / ", surfaces), List.copyOf(sources), evidence.toReport());
        }
    }
}
