package dev.parallax.benchmarks;

import dev.parallax.text.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The articles the benchmarks run on: every {@code .txt} of a folder (normally {@code seeds/}), in name order. */
final class SeedArticles {
    private SeedArticles() {}

    /**
     * Reads the folder's {@code .txt} files.
     *
     * @throws IllegalStateException when the folder is missing or holds none (run from the repository root)
     */
    static List<Document> read(String folder) {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(
                    "no folder " + folder + " in " + Path.of("").toAbsolutePath() + " (run from the repository root)");
        }
        List<Document> docs;
        try (Stream<Path> files = Files.list(dir)) {
            docs = files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(Document::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (docs.isEmpty()) {
            throw new IllegalStateException("no .txt files in " + folder);
        }
        return docs;
    }

    /** Their total size in UTF-8 bytes, the unit of the MB/s figures. */
    static long utf8Bytes(List<Document> docs) {
        return docs.stream()
                .mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length)
                .sum();
    }
}
