package dev.parallax.cli;

import dev.parallax.text.BadInputException;
import dev.parallax.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reading the documents named on a command line: files, folders of {@code .txt}, or stdin. */
final class Inputs {
    private Inputs() {}

    /**
     * Reads each path; {@code -} or an empty list means standard input. A folder contributes every
     * {@code .txt} file directly inside it, in name order.
     *
     * @throws BadInputException for a missing, unreadable, binary or non-UTF-8 file
     */
    static List<Document> read(List<Path> paths, InputStream stdin) {
        List<Document> docs = new ArrayList<>();
        if (paths == null || paths.isEmpty()) {
            docs.add(Document.read("-", stdin));
            return docs;
        }
        for (Path p : expand(paths)) {
            docs.add(p.toString().equals("-") ? Document.read("-", stdin) : Document.read(p));
        }
        return docs;
    }

    /** Replaces each folder by its {@code .txt} files (sorted); keeps files and {@code -} as they are. */
    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    List<Path> txt = s.filter(
                                    f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                            .sorted()
                            .toList();
                    if (txt.isEmpty()) {
                        throw BadInputException.of(p.toString(), "folder holds no .txt files");
                    }
                    out.addAll(txt);
                } catch (IOException e) {
                    throw BadInputException.of(p.toString(), "cannot list folder: " + e.getMessage());
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
