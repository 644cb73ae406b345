package dev.parallax.examples;

import dev.parallax.names.EntityDictionary;
import dev.parallax.names.Mention;
import dev.parallax.names.MentionFinder;
import dev.parallax.names.NameResolver;
import dev.parallax.text.Document;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Finds and links the names in a text with Parallax used as a library: the files given as
 * arguments, or a short English and Ukrainian text.
 */
public final class FindNames {
    private FindNames() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EntityDictionary dict = EntityDictionary.builtIn();
        MentionFinder finder = MentionFinder.of(NameResolver.of(dict), dict);
        if (args.length == 0) {
            Document doc = Document.of(
                    "example",
                    "Oleg Lugovskoy and Sergey Kislitsa arrived in Istanbul; Луговський later returned to Kiev.");
            print(out, finder, doc);
        }
        for (String a : args) {
            print(out, finder, Document.read(Path.of(a)));
        }
    }

    private static void print(PrintStream out, MentionFinder finder, Document doc) {
        for (Mention m : finder.find(doc)) {
            out.printf(
                    "%s\t%d-%d\t%s\t%s\t%s%n",
                    doc.source(),
                    doc.codePointIndex(m.span().start()),
                    doc.codePointIndex(m.span().end()),
                    m.text(),
                    m.id(),
                    m.name());
        }
    }
}
