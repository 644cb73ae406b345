package dev.parallax.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the human-edited word lists under {@code dictionaries/}, which the core jar carries as
 * classpath resources below {@code /dev/parallax/dictionaries/}.
 *
 * <pre>{@code
 * for (DataFiles.Line l : DataFiles.lines("report/venues.txt")) {
 *     l.text();     // "palace", stripped; blank lines and "#" comments are skipped
 *     l.number();   // its 1-based line number in the file, for error messages
 * }
 * }</pre>
 *
 * <p>Files are UTF-8. A missing resource or a malformed line is a packaging bug, not user input,
 * so it fails with an {@link IllegalStateException} that names the file and line.
 */
public final class DataFiles {
    private static final String ROOT = "/dev/parallax/dictionaries/";

    private DataFiles() {}

    /** One meaningful line of a data file: its stripped text and 1-based line number. */
    public record Line(String file, int number, String text) {
        /** The text split at tabs, checked to have exactly {@code n} fields. */
        public String[] fields(int n) {
            String[] f = text.split("\t", -1);
            if (f.length != n) {
                throw malformed("expected " + n + " tab-separated fields, got " + f.length);
            }
            return f;
        }

        /** An exception naming this file and line. */
        public IllegalStateException malformed(String what) {
            return new IllegalStateException("dictionaries/" + file + ":" + number + ": " + what);
        }
    }

    /**
     * The non-blank, non-comment lines of {@code dictionaries/<path>}, stripped of surrounding
     * white space (tabs inside a line are kept).
     */
    public static List<Line> lines(String path) {
        String resource = ROOT + path;
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> out = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(new Line(path, n, t));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Every white-space separated word of {@code dictionaries/<path>}, lower-cased with {@link
     * Locale#ROOT}: the format of the plain word lists.
     */
    public static Set<String> words(String path) {
        Set<String> out = new HashSet<>();
        for (Line l : lines(path)) {
            for (String w : l.text().split("\\s+")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }
}
