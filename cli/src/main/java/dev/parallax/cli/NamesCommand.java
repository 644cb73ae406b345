package dev.parallax.cli;

import dev.parallax.internal.Json;
import dev.parallax.names.EntityDictionary;
import dev.parallax.names.Mention;
import dev.parallax.names.MentionFinder;
import dev.parallax.names.NameResolver;
import dev.parallax.text.Document;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax names [FILE…]}: name mentions in running text, linked to dictionary entities.
 *
 * <p>Default output: one JSON object per mention, {@code {"doc","start","end","text","id","name",
 * "type","score","method"}} plus {@code "provisional": true} for ids from no dictionary; offsets
 * are code points into the original text. {@code --format text} prints the text with each linked
 * mention followed by its canonical form in brackets ({@code Kiev [Kyiv]}); {@code --rewrite}
 * prints the text with linked mentions replaced by their canonical forms. Exit codes: 0, 1 on a
 * processing failure, 2 on bad input.
 */
@Command(name = "names", description = "Find and link the names of people and places in running text.")
final class NamesCommand implements Callable<Integer> {
    enum Format {
        jsonl,
        text
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "jsonl (default): one JSON object per mention; text: the text with [canonical names].")
    Format format = Format.jsonl;

    @Option(names = "--rewrite", description = "Print the text with linked mentions replaced by canonical names.")
    boolean rewrite;

    @Parameters(paramLabel = "FILE", description = "Text files or folders of .txt files; '-' or none for stdin.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        List<Document> docs = Inputs.read(files, System.in);
        EntityDictionary dict = dictionaryOptions.load();
        MentionFinder finder = MentionFinder.of(NameResolver.of(dict), dict);
        PrintWriter out = spec.commandLine().getOut();
        for (Document doc : docs) {
            List<Mention> mentions = finder.find(doc);
            if (rewrite) {
                out.print(render(doc.text(), mentions, true));
            } else if (format == Format.text) {
                out.print(render(doc.text(), mentions, false));
            } else {
                writeJson(out, doc, mentions);
            }
        }
        out.flush();
        return ParallaxCommand.OK;
    }

    private static void writeJson(PrintWriter out, Document doc, List<Mention> mentions) {
        StringBuilder sb = new StringBuilder(256);
        Json json = new Json(sb);
        for (Mention m : mentions) {
            sb.setLength(0);
            json.reset();
            SpanJson.begin(json, doc, m.span(), m.text()).name("id");
            if (m.id() == null) {
                json.nullValue();
            } else {
                json.value(m.id());
            }
            json.name("name");
            if (m.name() == null) {
                json.nullValue();
            } else {
                json.value(m.name());
            }
            json.name("type");
            if (m.type() == null) {
                json.nullValue();
            } else {
                json.value(m.type().name());
            }
            json.name("score").value(m.score()).name("method").value(m.method());
            if (m.provisional()) {
                json.name("provisional").value(true);
            }
            json.endObject();
            out.println(sb);
        }
    }

    /**
     * The text with each mention linked to a dictionary entity annotated ({@code Kiev [Kyiv]}) or,
     * when {@code replace}, replaced by its canonical form. Provisional and ambiguous mentions stay
     * as written: they have no canonical form beyond what the text says.
     */
    static String render(String text, List<Mention> mentions, boolean replace) {
        StringBuilder sb = new StringBuilder(text.length() + mentions.size() * 16);
        int pos = 0;
        for (Mention m : mentions) {
            if (m.id() == null || m.provisional() || m.span().start() < pos) {
                continue;
            }
            sb.append(text, pos, m.span().start());
            if (replace) {
                sb.append(m.name());
            } else {
                sb.append(m.text()).append(" [").append(m.name()).append(']');
            }
            pos = m.span().end();
        }
        sb.append(text, pos, text.length());
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
        return sb.toString();
    }
}
