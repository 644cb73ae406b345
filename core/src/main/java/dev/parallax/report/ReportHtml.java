package dev.parallax.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link Report} as one self-contained HTML page: no network, no external assets, the
 * style and a small entity filter inline. Facts and quotes are tables with one column per outlet,
 * so that each outlet's wording stands side by side; disagreements are listed first and their
 * values marked in the sentences.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), ReportHtml.write(report));   // open in any browser
 * }</pre>
 *
 * <p>Stateless and safe for concurrent use.
 */
public final class ReportHtml {
    /** The entity filter offers at most this many entities, most mentioned first. */
    static final int FILTER_OPTIONS = 300;

    private ReportHtml() {}

    private static final String STYLE =
            """
            :root{--bg:#fbfbf8;--fg:#1d1d1b;--muted:#6b6b66;--line:#d9d8d0;--accent:#2f5d8a;--warn:#fff0b3;--bad:#ffd6cc}
            *{box-sizing:border-box}
            body{margin:0;padding:1.2rem 1.6rem;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem}
            .summary{color:var(--muted);margin:0 0 .8rem}
            .filter{position:sticky;top:0;background:var(--bg);padding:.4rem 0;z-index:2;border-bottom:1px solid var(--line)}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
            th{background:#eeede6;font-weight:600}
            td.id,th.id{width:4.5rem;color:var(--muted)}
            td.who,th.who{width:11rem}
            td.empty{background:#f3f2ec}
            tr.disagree td{background:#fffaf0}
            mark{background:var(--warn);padding:0 .1rem;border-radius:2px}
            ul.dis{padding-left:1.1rem}ul.dis li{margin:.4rem 0}
            .kind{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;padding:.05rem .35rem;border-radius:3px;background:var(--warn);margin-right:.3rem}
            .conflict .kind{background:var(--bad)}
            .src{color:var(--accent);font-weight:600}
            .count{color:var(--muted);font-size:.8rem}
            .differ{color:#9a3412;font-size:.8rem}
            details{margin-top:.8rem}summary{cursor:pointer;color:var(--accent)}
            .hidden{display:none}
            """;

    private static final String SCRIPT =
            """
            (function(){
              var sel=document.getElementById('entity');
              function apply(){
                var v=sel.value;
                document.querySelectorAll('[data-entities]').forEach(function(el){
                  var ids=el.getAttribute('data-entities').split(' ');
                  el.classList.toggle('hidden', v!=='' && ids.indexOf(v)<0);
                });
              }
              sel.addEventListener('change',apply);
              apply();
            })();
            """;

    public static String write(Report r) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        int n = r.sources().size();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>Parallax report: ")
                .append(n)
                .append(" articles</title><style>")
                .append(STYLE)
                .append("</style></head>\n<body>\n");
        long shared = r.facts().stream().filter(f -> f.sourceCount() > 1).count();
        sb.append("<h1>Cross-outlet report</h1><p class=\"summary\">")
                .append(n)
                .append(" articles · ")
                .append(r.names().size())
                .append(" names · ")
                .append(shared)
                .append(" shared facts · ")
                .append(r.quotes().size())
                .append(" quoted statements · ")
                .append(r.disagreements().size())
                .append(" disagreements</p>\n");
        sb.append("<div class=\"filter\"><label for=\"entity\">Show only rows naming </label><select id=\"entity\">")
                .append("<option value=\"\">any entity</option>");
        r.names().stream()
                .sorted((a, b) -> Integer.compare(b.mentions(), a.mentions()))
                .limit(FILTER_OPTIONS)
                .forEach(name -> sb.append("<option value=\"")
                        .append(esc(name.id()))
                        .append("\">")
                        .append(esc(name.name()))
                        .append(" (")
                        .append(name.mentions())
                        .append(")</option>"));
        sb.append("</select></div>\n");

        sources(r, sb);
        disagreements(r, sb);
        names(r, sb);
        facts(r, sb);
        quotes(r, sb);
        sb.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return sb.toString();
    }

    private static void sources(Report r, StringBuilder sb) {
        sb.append("<section id=\"sources\"><h2>Sources</h2><table><thead><tr><th class=\"id\">#</th><th>Outlet</th>")
                .append("<th>Found by</th><th>Author</th><th>Date</th><th>Language</th><th>Words</th>")
                .append("<th>Removed by cleaning</th><th>File</th></tr></thead><tbody>\n");
        for (int i = 0; i < r.sources().size(); i++) {
            Report.Source s = r.sources().get(i);
            List<String> removed = new ArrayList<>();
            new TreeMap<>(s.removed()).forEach((k, v) -> removed.add(v + " " + k));
            sb.append("<tr><td class=\"id\">")
                    .append(i + 1)
                    .append("</td><td class=\"src\">")
                    .append(esc(s.label()))
                    .append("</td><td>")
                    .append(esc(s.outletEvidence()))
                    .append("</td><td>")
                    .append(s.author() == null ? "" : esc(s.author()))
                    .append("</td><td>")
                    .append(s.date() == null ? "?" : s.date())
                    .append("</td><td>")
                    .append(esc(s.language()))
                    .append("</td><td>")
                    .append(s.words())
                    .append("</td><td>")
                    .append(esc(String.join(", ", removed)))
                    .append("</td><td>")
                    .append(esc(s.file()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table></section>\n");
    }

    private static void disagreements(Report r, StringBuilder sb) {
        sb.append("<section id=\"disagreements\"><h2>Where outlets disagree</h2>");
        if (r.disagreements().isEmpty()) {
            sb.append("<p>No disagreement found.</p>");
        }
        sb.append("<ul class=\"dis\">\n");
        for (Report.Disagreement d : r.disagreements()) {
            sb.append("<li class=\"")
                    .append(esc(d.severity()))
                    .append("\"><span class=\"kind\">")
                    .append(esc(d.kind()))
                    .append(" · ")
                    .append(esc(d.severity()))
                    .append("</span>");
            if (d.fact() != null) {
                sb.append("<a href=\"#")
                        .append(esc(d.fact()))
                        .append("\">")
                        .append(esc(d.fact()))
                        .append("</a> ");
            }
            sb.append(esc(d.summary())).append("</li>\n");
        }
        sb.append("</ul></section>\n");
    }

    private static void header(Report r, StringBuilder sb, String first, String firstClass) {
        sb.append("<thead><tr><th class=\"")
                .append(firstClass)
                .append("\">")
                .append(first)
                .append("</th>");
        for (Report.Source s : r.sources()) {
            sb.append("<th class=\"outlet\">").append(esc(s.label())).append("</th>");
        }
        sb.append("</tr></thead>");
    }

    private static void names(Report r, StringBuilder sb) {
        sb.append("<section id=\"names\"><h2>Who is named, and how each outlet spells it</h2><table class=\"side\">");
        header(r, sb, "Entity", "who");
        sb.append("<tbody>\n");
        for (Report.Name name : r.names()) {
            if (name.sourceCount() < 2) {
                continue;
            }
            nameRow(r, sb, name);
        }
        sb.append("</tbody></table>\n<details><summary>Named by one outlet only (")
                .append(r.names().stream().filter(x -> x.sourceCount() < 2).count())
                .append(")</summary><table class=\"side\">");
        header(r, sb, "Entity", "who");
        sb.append("<tbody>\n");
        for (Report.Name name : r.names()) {
            if (name.sourceCount() < 2) {
                nameRow(r, sb, name);
            }
        }
        sb.append("</tbody></table></details></section>\n");
    }

    private static void nameRow(Report r, StringBuilder sb, Report.Name name) {
        Map<Integer, List<Report.Spelling>> by = new HashMap<>();
        for (Report.Spelling sp : name.spellings()) {
            by.computeIfAbsent(sp.source(), k -> new ArrayList<>()).add(sp);
        }
        boolean differ = name.spellingsDiffer();
        sb.append("<tr data-entities=\"")
                .append(esc(name.id()))
                .append("\"><td class=\"who\"><b>")
                .append(esc(name.name()))
                .append("</b>")
                .append(name.type() == null ? "" : " <span class=\"count\">" + esc(name.type()) + "</span>")
                .append(differ ? "<br><span class=\"differ\">spellings differ</span>" : "")
                .append("</td>");
        for (int s = 0; s < r.sources().size(); s++) {
            List<Report.Spelling> list = by.get(s);
            if (list == null) {
                sb.append("<td class=\"empty\"></td>");
                continue;
            }
            sb.append("<td>");
            for (int k = 0; k < list.size(); k++) {
                sb.append(k == 0 ? "" : "<br>")
                        .append(esc(list.get(k).text()))
                        .append(" <span class=\"count\">×")
                        .append(list.get(k).count())
                        .append("</span>");
            }
            sb.append("</td>");
        }
        sb.append("</tr>\n");
    }

    private static void facts(Report r, StringBuilder sb) {
        // fact id -> source -> surfaces to mark
        Map<String, Map<Integer, List<String>>> marks = new HashMap<>();
        for (Report.Disagreement d : r.disagreements()) {
            if (d.fact() == null) {
                continue;
            }
            for (Report.Claim c : d.claims()) {
                for (int s : c.sources()) {
                    marks.computeIfAbsent(d.fact(), k -> new HashMap<>())
                            .computeIfAbsent(s, k -> new ArrayList<>())
                            .addAll(List.of(c.value().split(" / ")));
                }
            }
        }
        sb.append("<section id=\"facts\"><h2>What is reported, side by side</h2><table class=\"side\">");
        header(r, sb, "Fact", "id");
        sb.append("<tbody>\n");
        List<Report.Fact> exclusive = new ArrayList<>();
        for (Report.Fact f : r.facts()) {
            if (f.sourceCount() < 2) {
                exclusive.add(f);
                continue;
            }
            factRow(r, sb, f, marks.getOrDefault(f.id(), Map.of()));
        }
        sb.append("</tbody></table>\n<details><summary>Only one outlet says (")
                .append(exclusive.size())
                .append(")</summary><table class=\"side\">");
        header(r, sb, "Fact", "id");
        sb.append("<tbody>\n");
        for (Report.Fact f : exclusive) {
            factRow(r, sb, f, Map.of());
        }
        sb.append("</tbody></table></details></section>\n");
    }

    private static void factRow(Report r, StringBuilder sb, Report.Fact f, Map<Integer, List<String>> marks) {
        sb.append("<tr id=\"")
                .append(esc(f.id()))
                .append("\" class=\"fact")
                .append(marks.isEmpty() ? "" : " disagree")
                .append("\" data-entities=\"")
                .append(esc(String.join(" ", f.entities())))
                .append("\"><td class=\"id\">")
                .append(esc(f.id()))
                .append("</td>");
        cells(r, sb, f.items(), marks);
        sb.append("</tr>\n");
    }

    private static void cells(Report r, StringBuilder sb, List<Report.Item> items, Map<Integer, List<String>> marks) {
        Map<Integer, List<Report.Item>> by = new HashMap<>();
        for (Report.Item it : items) {
            by.computeIfAbsent(it.source(), k -> new ArrayList<>()).add(it);
        }
        for (int s = 0; s < r.sources().size(); s++) {
            List<Report.Item> list = by.get(s);
            if (list == null) {
                sb.append("<td class=\"empty\"></td>");
                continue;
            }
            sb.append("<td data-source=\"").append(s).append("\">");
            for (int k = 0; k < list.size(); k++) {
                sb.append(k == 0 ? "" : "<br>").append(marked(list.get(k).text(), marks.getOrDefault(s, List.of())));
            }
            sb.append("</td>");
        }
    }

    private static void quotes(Report r, StringBuilder sb) {
        sb.append("<section id=\"quotes\"><h2>Who said what</h2><table class=\"side\">");
        header(r, sb, "Speaker", "who");
        sb.append("<tbody>\n");
        for (Report.Quote q : r.quotes()) {
            sb.append("<tr id=\"")
                    .append(esc(q.id()))
                    .append("\" data-entities=\"")
                    .append(q.speakerId() == null ? "" : esc(q.speakerId()))
                    .append("\"><td class=\"who\">")
                    .append(q.speaker() == null ? "<i>unknown</i>" : "<b>" + esc(q.speaker()) + "</b>")
                    .append(q.partial() ? "<br><span class=\"count\">fragment</span>" : "")
                    .append(
                            q.sourceCount() > 1
                                    ? "<br><span class=\"count\">same statement, " + q.sourceCount() + " outlets</span>"
                                    : "")
                    .append("</td>");
            cells(r, sb, q.renderings(), Map.of());
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></section>\n");
    }

    /** Escapes {@code text}, wrapping every occurrence of the given surfaces in {@code <mark>}. */
    static String marked(String text, List<String> surfaces) {
        boolean[] on = new boolean[text.length()];
        for (String s : surfaces) {
            if (s.isEmpty()) {
                continue;
            }
            for (int k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + 1)) {
                java.util.Arrays.fill(on, k, k + s.length(), true);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && on[j] == on[i]) {
                j++;
            }
            String part = esc(text.substring(i, j));
            out.append(on[i] ? "<mark>" + part + "</mark>" : part);
            i = j;
        }
        return out.toString();
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
