package dev.parallax.cli;

import dev.parallax.internal.Json;
import dev.parallax.names.EntityDictionary;
import dev.parallax.names.EntityType;
import dev.parallax.names.NameResolver;
import dev.parallax.names.Resolution;
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
 * {@code parallax resolve [FILE…]}: one name per input line, one JSON object per line out, in
 * order: {@code {"input","id","name","type","score","method"}}.
 */
@Command(
        name = "resolve",
        description = "Link names (one per line) to dictionary entities; one JSON object per input line.")
final class ResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DictionaryOptions dictionary = new DictionaryOptions();

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description =
                    "Only entities of this type (PERSON, PLACE, ORG, OTHER); with PERSON a surname alone may link.")
    EntityType type;

    @Parameters(paramLabel = "FILE", description = "Files of names, one per line; '-' or none for stdin.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        EntityDictionary dict = dictionary.load();
        NameResolver resolver = NameResolver.of(dict);
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder sb = new StringBuilder(256);
        Json json = new Json(sb);
        for (Document doc : Inputs.read(files, System.in)) {
            String text = doc.text();
            int pos = 0;
            int n = text.length();
            while (pos < n) {
                int nl = text.indexOf('\n', pos);
                int end = nl < 0 ? n : nl;
                String line = text.substring(pos, end);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                pos = end + 1;
                Resolution r = resolver.resolve(line, type);
                sb.setLength(0);
                json.reset();
                json.beginObject().name("input").value(line).name("id");
                if (r.linked()) {
                    json.value(r.entity().id())
                            .name("name")
                            .value(r.entity().canonicalName())
                            .name("type")
                            .value(r.entity().type().name());
                } else {
                    json.nullValue().name("name").nullValue().name("type").nullValue();
                }
                json.name("score")
                        .value(r.score())
                        .name("method")
                        .value(r.method())
                        .endObject();
                out.println(sb);
            }
        }
        out.flush();
        return ParallaxCommand.OK;
    }
}
