package dev.parallax.cli;

import dev.parallax.internal.Json;
import dev.parallax.text.Document;
import dev.parallax.text.Removal;
import dev.parallax.text.Sentence;
import dev.parallax.text.TextAnalysis;
import dev.parallax.text.TextPipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax sentences [FILE…]}: cleans each document and prints one JSON object per sentence,
 * {@code {"doc","start","end","text","lang"}} with code-point offsets into the original text.
 */
@Command(
        name = "sentences",
        mixinStandardHelpOptions = true,
        description = {
            "Clean scraped news text and print its sentences, one JSON object per line:",
            "{\"doc\",\"start\",\"end\",\"text\",\"lang\"} (offsets in code points, half-open)."
        })
final class SentencesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "UTF-8 text files or folders of .txt; - or none: stdin.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--show-removed",
            description = "Also print what cleaning removed: {\"doc\",\"start\",\"end\",\"text\",\"removed\":reason}.")
    boolean showRemoved;

    @Option(names = "--lang", paramLabel = "TAG", description = "Take every text to be in this language (BCP 47).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TextPipeline pipeline =
                lang == null ? TextPipeline.defaults() : TextPipeline.defaults().withLanguage(lang);
        // Read everything first: a bad file fails the run before anything is printed.
        List<Document> docs = Inputs.read(files, System.in);
        Json json = new Json();
        for (Document doc : docs) {
            TextAnalysis a = pipeline.analyze(doc);
            List<Sentence> sentences = a.sentences();
            List<Removal> removed = showRemoved ? a.removed() : List.of();
            int i = 0;
            int j = 0;
            while (i < sentences.size() || j < removed.size()) {
                boolean takeRemoval = j < removed.size()
                        && (i == sentences.size()
                                || removed.get(j).span().start()
                                        < sentences.get(i).span().start());
                json.reset();
                if (takeRemoval) {
                    Removal r = removed.get(j++);
                    SpanJson.begin(json, doc, r.span(), doc.text(r.span()))
                            .name("removed")
                            .value(r.reason())
                            .endObject();
                } else {
                    Sentence s = sentences.get(i++);
                    SpanJson.begin(json, doc, s.span(), doc.text(s.span()))
                            .name("lang")
                            .value(s.lang())
                            .endObject();
                }
                out.println(json);
            }
        }
        out.flush();
        return ParallaxCommand.OK;
    }
}
