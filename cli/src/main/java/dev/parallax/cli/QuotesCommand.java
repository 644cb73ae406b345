package dev.parallax.cli;

import dev.parallax.internal.Json;
import dev.parallax.names.EntityDictionary;
import dev.parallax.names.MentionFinder;
import dev.parallax.names.NameResolver;
import dev.parallax.quotes.Quote;
import dev.parallax.quotes.QuoteAligner;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.quotes.Speaker;
import dev.parallax.quotes.SpeakerNames;
import dev.parallax.text.Document;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax quotes [FILE…]}: one JSON object per quotation, {@code {"doc", "start", "end",
 * "text", "speaker": {"id", "name", "start", "end", "text"} or null, "partial", "delimiter",
 * "cue"}}, offsets in Unicode code points; {@code --groups} prints the same statement across documents
 * instead, {@code --rejected} also the quoted stretches that are not quotations.
 */
@Command(name = "quotes", description = "Find direct quotations and their speakers; one JSON object per quotation.")
final class QuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "UTF-8 text files or folders of .txt; '-' or none: stdin.")
    List<Path> files;

    @picocli.CommandLine.Option(
            names = "--rejected",
            description = "Also print the quoted stretches not taken as quotations, with \"rejected\": reason.")
    boolean showRejected;

    @picocli.CommandLine.Option(
            names = "--groups",
            description = "Instead of one object per quotation, print one object per group of quotations"
                    + " that render the same statement by the same speaker across the documents.")
    boolean groups;

    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    private static void printGroups(List<Document> docs, QuoteExtractor extractor, PrintWriter out, Json j) {
        List<QuoteAligner.DocumentQuotes> all = new java.util.ArrayList<>();
        for (Document doc : docs) {
            all.add(new QuoteAligner.DocumentQuotes(doc.source(), extractor.extract(doc)));
        }
        for (QuoteAligner.QuoteGroup g : QuoteAligner.defaults().align(all)) {
            j.reset();
            j.beginObject().name("score").value(g.score()).name("members").beginArray();
            for (QuoteAligner.Member m : g.members()) {
                Document doc = docs.get(m.doc());
                Quote q = m.quote();
                SpanJson.begin(j, doc, q.span(), q.text())
                        .name("speaker")
                        .value(
                                q.speaker() == null
                                        ? null
                                        : q.speaker().name() != null
                                                ? q.speaker().name()
                                                : q.speaker().text())
                        .endObject();
            }
            j.endArray().endObject();
            out.println(j);
        }
    }

    @Override
    public Integer call() {
        List<Document> docs = Inputs.read(files, System.in);
        EntityDictionary dict = dictionaryOptions.load();
        QuoteExtractor extractor =
                QuoteExtractor.defaults().withNames(SpeakerNames.linked(MentionFinder.of(NameResolver.of(dict), dict)));
        PrintWriter out = spec.commandLine().getOut();
        Json j = new Json();
        if (groups) {
            printGroups(docs, extractor, out, j);
            out.flush();
            return ParallaxCommand.OK;
        }
        for (Document doc : docs) {
            for (Quote q : extractor.extract(doc)) {
                j.reset();
                SpanJson.begin(j, doc, q.span(), q.text()).name("speaker");
                Speaker s = q.speaker();
                if (s == null) {
                    j.nullValue();
                } else {
                    j.beginObject()
                            .name("id")
                            .value(s.id())
                            .name("name")
                            .value(s.name())
                            .name("start")
                            .value(doc.codePointIndex(s.span().start()))
                            .name("end")
                            .value(doc.codePointIndex(s.span().end()))
                            .name("text")
                            .value(s.text())
                            .endObject();
                }
                j.name("partial")
                        .value(q.partial())
                        .name("delimiter")
                        .value(q.delimiter())
                        .name("cue")
                        .value(q.cue());
                j.endObject();
                out.println(j);
            }
            if (showRejected) {
                for (QuoteExtractor.Rejected r : extractor.rejected(doc)) {
                    j.reset();
                    SpanJson.begin(j, doc, r.span(), r.text())
                            .name("rejected")
                            .value(r.reason())
                            .endObject();
                    out.println(j);
                }
            }
        }
        out.flush();
        return ParallaxCommand.OK;
    }
}
