package dev.parallax.report;

import dev.parallax.internal.Json;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Report} as one JSON document (format {@code parallax-report/1}, documented in
 * the README). Offsets are Unicode code points into each source's original text, half-open.
 *
 * <pre>{@code
 * ReportJson.write(report)
 * // {"format":"parallax-report/1","sources":[{"id":0,"file":"seeds/002_f8c8f6234a84c7f0.txt",
 * //  "label":"Xinhua","outlet":"Xinhua",...}],"names":[...],"facts":[...],...}
 * }</pre>
 *
 * <p>Stateless and safe for concurrent use.
 */
public final class ReportJson {
    /** The value of the top-level {@code format} field; bumped only on incompatible changes. */
    public static final String FORMAT = "parallax-report/1";

    private ReportJson() {}

    public static String write(Report r) {
        Json j = new Json();
        j.beginObject().name("format").value(FORMAT);
        j.name("sources").beginArray();
        for (int i = 0; i < r.sources().size(); i++) {
            Report.Source s = r.sources().get(i);
            j.beginObject()
                    .name("id")
                    .value(i)
                    .name("file")
                    .value(s.file())
                    .name("label")
                    .value(s.label())
                    .name("outlet")
                    .value(s.outlet())
                    .name("outlet_evidence")
                    .value(s.outletEvidence())
                    .name("author")
                    .value(s.author())
                    .name("date")
                    .value(s.date())
                    .name("language")
                    .value(s.language())
                    .name("characters")
                    .value(s.characters())
                    .name("words")
                    .value(s.words())
                    .name("sentences")
                    .value(s.sentences());
            j.name("removed").beginObject();
            for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(s.removed()).entrySet()) {
                j.name(e.getKey()).value(e.getValue());
            }
            j.endObject().endObject();
        }
        j.endArray();
        j.name("names").beginArray();
        for (Report.Name n : r.names()) {
            j.beginObject()
                    .name("id")
                    .value(n.id())
                    .name("name")
                    .value(n.name())
                    .name("type")
                    .value(n.type())
                    .name("provisional")
                    .value(n.provisional())
                    .name("sources")
                    .value(n.sourceCount())
                    .name("mentions")
                    .value(n.mentions());
            j.name("spellings").beginArray();
            for (Report.Spelling sp : n.spellings()) {
                j.beginObject()
                        .name("source")
                        .value(sp.source())
                        .name("text")
                        .value(sp.text())
                        .name("count")
                        .value(sp.count())
                        .endObject();
            }
            j.endArray().endObject();
        }
        j.endArray();
        j.name("facts").beginArray();
        for (Report.Fact f : r.facts()) {
            j.beginObject().name("id").value(f.id()).name("sources").value(f.sourceCount());
            j.name("entities").beginArray();
            f.entities().forEach(j::value);
            j.endArray();
            items(j, "items", f.items());
            j.endObject();
        }
        j.endArray();
        j.name("quotes").beginArray();
        for (Report.Quote q : r.quotes()) {
            j.beginObject()
                    .name("id")
                    .value(q.id())
                    .name("speaker_id")
                    .value(q.speakerId())
                    .name("speaker")
                    .value(q.speaker())
                    .name("partial")
                    .value(q.partial())
                    .name("sources")
                    .value(q.sourceCount());
            items(j, "renderings", q.renderings());
            j.endObject();
        }
        j.endArray();
        j.name("disagreements").beginArray();
        for (Report.Disagreement d : r.disagreements()) {
            j.beginObject()
                    .name("kind")
                    .value(d.kind())
                    .name("severity")
                    .value(d.severity())
                    .name("fact")
                    .value(d.fact())
                    .name("summary")
                    .value(d.summary());
            j.name("claims").beginArray();
            for (Report.Claim c : d.claims()) {
                j.beginObject()
                        .name("value")
                        .value(c.value())
                        .name("normalized")
                        .value(c.normalized());
                j.name("sources").beginArray();
                c.sources().forEach(s -> j.value(s));
                j.endArray();
                j.name("evidence");
                item(j, c.evidence());
                j.endObject();
            }
            j.endArray().endObject();
        }
        j.endArray();
        return j.endObject().toString();
    }

    private static void items(Json j, String name, List<Report.Item> items) {
        j.name(name).beginArray();
        for (Report.Item it : items) {
            item(j, it);
        }
        j.endArray();
    }

    private static void item(Json j, Report.Item it) {
        j.beginObject()
                .name("source")
                .value(it.source())
                .name("start")
                .value(it.codePoints().start())
                .name("end")
                .value(it.codePoints().end())
                .name("text")
                .value(it.text())
                .endObject();
    }
}
