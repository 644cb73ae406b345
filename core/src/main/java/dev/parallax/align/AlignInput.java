package dev.parallax.align;

import dev.parallax.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turning a document into the sentence list an aligner takes.
 *
 * <p>{@code AlignInput.lines(Document.of("a.txt", "One.\r\nTwo.\n"))} is {@code ["One.", "Two."]}:
 * each line is one sentence exactly as written (a final {@code \r} and the last empty line after a
 * final newline are not sentences; an empty line inside the text is an empty sentence, so that
 * indices stay line numbers). Stateless and safe for concurrent use.
 */
public final class AlignInput {
    private AlignInput() {}

    /**
     * The sentences of running text: split at line breaks and after sentence punctuation ({@code .
     * ! ? …}, with closing quotes and brackets) followed by a space and an upper-case letter, a
     * digit or an opening quote; blank stretches give no sentence.
     */
    public static List<String> sentences(Document doc) {
        Objects.requireNonNull(doc, "doc");
        List<String> out = new ArrayList<>();
        for (String line : lines(doc)) {
            int start = 0;
            int n = line.length();
            for (int i = 0; i < n; i++) {
                char c = line.charAt(i);
                if (c != '.' && c != '!' && c != '?' && c != '…') {
                    continue;
                }
                int e = i + 1;
                while (e < n && (".!?…\"”»’)]".indexOf(line.charAt(e)) >= 0)) {
                    e++;
                }
                if (e >= n || !Character.isWhitespace(line.charAt(e))) {
                    continue;
                }
                int next = e;
                while (next < n && Character.isWhitespace(line.charAt(next))) {
                    next++;
                }
                if (next < n) {
                    int cp = line.codePointAt(next);
                    boolean starts = Character.isUpperCase(cp) || Character.isDigit(cp) || "\"“«„'(".indexOf(cp) >= 0;
                    if (c == '.' && abbreviation(line, i)) {
                        starts = false;
                    }
                    if (starts) {
                        add(out, line.substring(start, e));
                        start = next;
                        i = next - 1;
                    }
                }
            }
            add(out, line.substring(start));
        }
        return List.copyOf(out);
    }

    /** A single letter or a short capitalised word before the period (initials, Mr., Dr., St.). */
    private static boolean abbreviation(String line, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(line.charAt(w - 1))) {
            w--;
        }
        int len = dot - w;
        return len == 1
                || (len <= 3 && len > 0 && Character.isUpperCase(line.charAt(w)) && len < 3 && !allUpper(line, w, dot));
    }

    private static boolean allUpper(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    /** One sentence per line, taken as it is. */
    public static List<String> lines(Document doc) {
        Objects.requireNonNull(doc, "doc");
        String t = doc.text();
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl;
            int e = end > pos && t.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(t.substring(pos, e));
            pos = end + 1;
        }
        return List.copyOf(out);
    }
}
