package dev.parallax.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link Report} as Markdown that reads well in a terminal and in a Markdown viewer:
 * sources, disagreements, names with each outlet's spellings, facts and quotes with each outlet's
 * wording one under the other.
 *
 * <pre>{@code
 * ## Who is named
 * - **Oleh Luhovskyi** (3 outlets, spellings differ): Sputnik "Oleg Lugovskoy"; Xinhua "Oleh Luhovskyi"; ...
 * }</pre>
 *
 * <p>Stateless and safe for concurrent use.
 */
public final class ReportMarkdown {
    /** How many single-outlet sentences are shown per outlet before the rest is counted. */
    static final int EXCLUSIVE_SHOWN = 3;

    private ReportMarkdown() {}

    public static String write(Report r) {
        StringBuilder sb = new StringBuilder();
        int n = r.sources().size();
        long shared = r.facts().stream().filter(f -> f.sourceCount() > 1).count();
        sb.append("# Cross-outlet report: ")
                .append(n)
                .append(n == 1 ? " article" : " articles")
                .append("\n\n");
        sb.append(r.names().size())
                .append(" names, ")
                .append(shared)
                .append(" facts carried by two or more outlets, ")
                .append(r.quotes().size())
                .append(" quoted statements, ")
                .append(r.disagreements().size())
                .append(" disagreements.\n\n");

        sb.append("## Sources\n\n");
        sb.append("| # | Outlet | Found by | Date | Lang | Words | Removed by cleaning | File |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < n; i++) {
            Report.Source s = r.sources().get(i);
            sb.append("| ")
                    .append(i + 1)
                    .append(" | ")
                    .append(cell(s.label()))
                    .append(s.author() != null ? " (by " + cell(s.author()) + ")" : "")
                    .append(" | ")
                    .append(s.outletEvidence())
                    .append(" | ")
                    .append(s.date() == null ? "?" : s.date())
                    .append(" | ")
                    .append(s.language())
                    .append(" | ")
                    .append(s.words())
                    .append(" | ")
                    .append(removed(s.removed()))
                    .append(" | ")
                    .append(cell(s.file()))
                    .append(" |\n");
        }
        sb.append('\n');

        sb.append("## Where outlets disagree\n\n");
        if (r.disagreements().isEmpty()) {
            sb.append("No disagreement found.\n\n");
        }
        for (Report.Disagreement d : r.disagreements()) {
            sb.append("- **")
                    .append(d.kind())
                    .append(", ")
                    .append(d.severity())
                    .append("**")
                    .append(d.fact() == null ? "" : " (" + d.fact() + ")")
                    .append(": ")
                    .append(d.summary())
                    .append('\n');
            for (Report.Claim c : d.claims()) {
                sb.append("  - ")
                        .append(labels(r, c.sources()))
                        .append(": \"")
                        .append(c.value())
                        .append("\" — ")
                        .append(excerpt(c.evidence().text(), 160))
                        .append('\n');
            }
        }
        sb.append('\n');

        sb.append("## Who is named\n\n");
        List<Report.Name> once = new ArrayList<>();
        for (Report.Name name : r.names()) {
            if (name.sourceCount() < 2) {
                once.add(name);
                continue;
            }
            Map<Integer, List<String>> by = new TreeMap<>();
            for (Report.Spelling sp : name.spellings()) {
                by.computeIfAbsent(sp.source(), k -> new ArrayList<>())
                        .add("\"" + sp.text() + "\"" + (sp.count() > 1 ? " ×" + sp.count() : ""));
            }
            boolean differ = name.spellingsDiffer();
            sb.append("- **")
                    .append(name.name())
                    .append("** (")
                    .append(name.sourceCount())
                    .append(" outlets")
                    .append(differ ? ", spellings differ" : "")
                    .append("): ");
            List<String> parts = new ArrayList<>();
            by.forEach((src, list) -> parts.add(r.label(src) + " " + String.join(", ", list)));
            sb.append(String.join("; ", parts)).append('\n');
        }
        if (!once.isEmpty()) {
            Map<String, List<String>> bySource = new LinkedHashMap<>();
            for (Report.Name name : once) {
                bySource.computeIfAbsent(r.label(name.spellings().get(0).source()), k -> new ArrayList<>())
                        .add(name.name());
            }
            sb.append("\nNamed by one outlet only:\n");
            bySource.forEach((label, names) -> sb.append("- ")
                    .append(label)
                    .append(": ")
                    .append(String.join(", ", names))
                    .append('\n'));
        }
        sb.append('\n');

        sb.append("## What is reported\n\n");
        Map<Integer, List<Report.Fact>> exclusive = new TreeMap<>();
        for (Report.Fact f : r.facts()) {
            if (f.sourceCount() < 2) {
                exclusive
                        .computeIfAbsent(f.items().get(0).source(), k -> new ArrayList<>())
                        .add(f);
                continue;
            }
            sb.append("### ")
                    .append(f.id())
                    .append(" · ")
                    .append(f.sourceCount())
                    .append(" outlets\n");
            for (Report.Item it : f.items()) {
                sb.append("- **")
                        .append(r.label(it.source()))
                        .append("**: ")
                        .append(it.text())
                        .append('\n');
            }
            sb.append('\n');
        }
        if (!exclusive.isEmpty()) {
            sb.append("### Only one outlet says\n");
            exclusive.forEach((src, facts) -> {
                sb.append("- **")
                        .append(r.label(src))
                        .append("** (")
                        .append(facts.size())
                        .append(" sentences):");
                for (int k = 0; k < Math.min(EXCLUSIVE_SHOWN, facts.size()); k++) {
                    sb.append(k == 0 ? " " : " · ")
                            .append(excerpt(facts.get(k).items().get(0).text(), 100));
                }
                sb.append(facts.size() > EXCLUSIVE_SHOWN ? " …" : "").append('\n');
            });
            sb.append('\n');
        }

        sb.append("## Who said what\n\n");
        for (Report.Quote q : r.quotes()) {
            String sp = q.speaker() == null ? "(speaker unknown)" : q.speaker();
            sb.append("- **")
                    .append(sp)
                    .append("**")
                    .append(q.partial() ? " · fragment quoted in the reporter's sentence" : "")
                    .append(q.sourceCount() > 1 ? " · " + q.sourceCount() + " outlets, same statement" : "")
                    .append('\n');
            for (Report.Item it : q.renderings()) {
                sb.append("  - ")
                        .append(r.label(it.source()))
                        .append(": “")
                        .append(it.text())
                        .append("”\n");
            }
        }
        return sb.toString();
    }

    private static String removed(Map<String, Integer> removed) {
        if (removed.isEmpty()) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<>(removed).forEach((k, v) -> parts.add(v + " " + k));
        return String.join(", ", parts);
    }

    static String labels(Report r, List<Integer> sources) {
        List<String> out = new ArrayList<>();
        for (int s : sources) {
            out.add(r.label(s));
        }
        return String.join(", ", out);
    }

    static String excerpt(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
