package dev.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One input text, exactly as read, with its source name.
 *
 * <p>{@code Document.decode("a.txt", "\uFEFFKyiv".getBytes(UTF_8)).text()} is {@code "Kyiv"}: a
 * leading byte-order mark is dropped, everything else is kept as it is (no line-ending or Unicode
 * normalisation), so every {@link Span} computed downstream points into {@link #text()}. Bytes are
 * decoded strictly: malformed UTF-8 or a NUL byte (a binary file) is a {@link BadInputException}
 * naming the byte offset.
 *
 * <p>Offsets in the Java API are UTF-16 indices; {@link #codePointIndex(int)} converts them to the
 * code-point offsets that the command line prints. Immutable and safe for concurrent use.
 */
public final class Document {
    private final String source;
    private final String text;
    /** UTF-16 indices of the high surrogates of supplementary characters, ascending; built lazily. */
    private volatile int[] surrogates;

    private Document(String source, String text) {
        this.source = Objects.requireNonNull(source, "source");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** A document over a text already in memory; a leading U+FEFF is dropped. */
    public static Document of(String source, String text) {
        Objects.requireNonNull(text, "text");
        return new Document(source, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Decodes strict UTF-8.
     *
     * @throws BadInputException when the bytes are not UTF-8 or hold a NUL byte
     */
    public static Document decode(String source, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw BadInputException.atByte(source, i, "binary file (NUL byte), expected UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw BadInputException.atByte(
                    source, in.position(), "invalid UTF-8 (" + describe(bytes, in.position(), r.length()) + ")");
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw BadInputException.atByte(source, in.position(), "invalid UTF-8 at the end of the input");
        }
        out.flip();
        return new Document(source, out.toString());
    }

    /** Reads and decodes a file; the source name is the path as given. */
    public static Document read(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw BadInputException.of(name, "is a directory, expected a text file");
        }
        try {
            return decode(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw BadInputException.of(name, "no such file");
        } catch (IOException e) {
            throw BadInputException.of(name, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw BadInputException.of(name, "too large to read into memory");
        }
    }

    /** Reads a whole stream (standard input, a resource) and decodes it. */
    public static Document read(String source, InputStream in) {
        try {
            return decode(source, in.readAllBytes());
        } catch (IOException e) {
            throw BadInputException.of(source, "cannot read: " + e.getMessage());
        }
    }

    private static String describe(byte[] bytes, int at, int len) {
        StringBuilder sb = new StringBuilder("bytes");
        for (int i = at; i < Math.min(bytes.length, at + Math.max(1, len)); i++) {
            sb.append(String.format(java.util.Locale.ROOT, " %02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }

    /** Where the text came from: a path, {@code -} for standard input, or a caller's label. */
    public String source() {
        return source;
    }

    /** The text exactly as read (less a leading byte-order mark). */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The characters a span covers. */
    public String text(Span span) {
        return span.in(text);
    }

    /**
     * Converts a UTF-16 index into this document's text to a code-point index. O(log n) after a
     * one-time O(n) scan, and O(1) for texts without supplementary characters.
     */
    public int codePointIndex(int utf16Index) {
        if (utf16Index < 0 || utf16Index > text.length()) {
            throw new IllegalArgumentException("index " + utf16Index + " outside a text of length " + text.length());
        }
        int[] s = surrogateIndex();
        if (s.length == 0) {
            return utf16Index;
        }
        // Each supplementary character starting before the index counts one less code point.
        int pos = Arrays.binarySearch(s, utf16Index);
        int before = pos >= 0 ? pos : -pos - 1;
        return utf16Index - before;
    }

    /** Converts a code-point index back to a UTF-16 index. */
    public int utf16Index(int codePointIndex) {
        if (codePointIndex < 0) {
            throw new IllegalArgumentException("code point index must be >= 0, got " + codePointIndex);
        }
        int[] s = surrogateIndex();
        int idx = codePointIndex;
        for (int hi : s) {
            if (hi < idx) {
                idx++;
            } else {
                break;
            }
        }
        if (idx > text.length()) {
            throw new IllegalArgumentException("code point index " + codePointIndex + " outside the text");
        }
        return idx;
    }

    /** 1-based line number of a UTF-16 index (lines end at \n, \r\n or \r). */
    public int lineOf(int utf16Index) {
        int line = 1;
        for (int i = 0; i < utf16Index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** 1-based column, in code points, of a UTF-16 index on its line. */
    public int columnOf(int utf16Index) {
        int lineStart = utf16Index;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        return text.codePointCount(lineStart, utf16Index) + 1;
    }

    private int[] surrogateIndex() {
        int[] s = surrogates;
        if (s == null) {
            int n = 0;
            int[] buf = new int[16];
            for (int i = 0; i < text.length() - 1; i++) {
                if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (n == buf.length) {
                        buf = Arrays.copyOf(buf, n * 2);
                    }
                    buf[n++] = i;
                    i++;
                }
            }
            s = Arrays.copyOf(buf, n);
            surrogates = s;
        }
        return s;
    }

    @Override
    public String toString() {
        return "Document[" + source + ", " + text.length() + " chars]";
    }
}
