package dev.parallax.report;

import dev.parallax.names.EntityDictionary;
import dev.parallax.text.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's sample articles, and their report built once per test JVM. */
final class Seeds {
    private Seeds() {}

    private static Report report;

    static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no seeds/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("seeds");
    }

    static List<Document> documents() {
        try (Stream<Path> s = Files.list(folder())) {
            // source names as the CLI prints them for `parallax report seeds`
            return s.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(p -> Document.of("seeds/" + p.getFileName(), read(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        return Document.read(p).text();
    }

    static synchronized Report report() {
        if (report == null) {
            report = ReportBuilder.of(EntityDictionary.builtIn()).build(documents());
        }
        return report;
    }

    static int source(Report r, String label) {
        for (int i = 0; i < r.sources().size(); i++) {
            if (r.sources().get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no source labelled " + label + " in " + r.sources());
    }
}
