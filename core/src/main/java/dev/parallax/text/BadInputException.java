package dev.parallax.text;

/**
 * Bad input in a file or stream: undecodable bytes, a binary file, a malformed dictionary line.
 *
 * <p>Carries where the problem is (source name, 1-based line and column in code points, or a byte
 * offset when the bytes could not be decoded at all) and what was expected, so that a command-line
 * tool can print one clear line such as {@code people.tsv:12:3: expected 4 tab-separated fields,
 * found 3}. Invisible characters in the offending text are escaped ({@code U+200F}).
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final long byteOffset;
    private final String problem;

    private BadInputException(String source, int line, int column, long byteOffset, String problem) {
        super(format(source, line, column, byteOffset, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
        this.problem = problem;
    }

    /** A problem at a line and column (both 1-based; column 0 when only the line is known). */
    public static BadInputException at(String source, int line, int column, String problem) {
        return new BadInputException(source, line, column, -1, problem);
    }

    /** A problem at a byte offset (0-based), for bytes that could not be read as text. */
    public static BadInputException atByte(String source, long byteOffset, String problem) {
        return new BadInputException(source, 0, 0, byteOffset, problem);
    }

    /** A problem with the source as a whole (missing, unreadable). */
    public static BadInputException of(String source, String problem) {
        return new BadInputException(source, 0, 0, -1, problem);
    }

    public String source() {
        return source;
    }

    /** 1-based line, or 0 when not known. */
    public int line() {
        return line;
    }

    /** 1-based column in code points, or 0 when not known. */
    public int column() {
        return column;
    }

    /** 0-based byte offset, or -1 when the problem is not about undecodable bytes. */
    public long byteOffset() {
        return byteOffset;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    private static String format(String source, int line, int column, long byteOffset, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        } else if (byteOffset >= 0) {
            sb.append(": byte ").append(byteOffset);
        }
        return sb.append(": ").append(problem).toString();
    }

    /**
     * Makes a piece of input printable in an error message: control, format (bidi, zero-width) and
     * other invisible characters become {@code U+XXXX}, and long text is cut.
     */
    public static String visible(CharSequence s) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (++n > 80) {
                sb.append('…');
                break;
            }
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || (Character.isWhitespace(cp) && cp != ' ')
                    || Character.isSpaceChar(cp) && cp != ' ';
            if (invisible) {
                sb.append(String.format(java.util.Locale.ROOT, "U+%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
