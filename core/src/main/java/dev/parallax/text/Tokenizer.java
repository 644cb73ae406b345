package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and single punctuation or symbol characters, keeping each
 * token's span.
 *
 * <p>{@code Tokenizer.tokenize("Зеленський's office, 1,000 POWs.")} gives {@code Зеленський's},
 * {@code office}, {@code ,}, {@code 1,000}, {@code POWs}, {@code .}. Rules, chosen for names and
 * alignment across scripts:
 *
 * <ul>
 *   <li>A word is a run of letters and combining marks; an apostrophe ({@code ' ’ ʼ}) between two
 *       letters stays inside it (Ukrainian {@code Дем'ян}, English {@code Zelensky's}); invisible
 *       format characters (zero-width joiners, bidi marks) inside a word are kept in its span.
 *   <li>Hyphens split words: {@code face-to-face} is three words and two hyphens.
 *   <li>A number is a run of digits with single internal {@code . , '} or a narrow/normal space
 *       followed by a digit, so {@code 1,000} and {@code 16.05.2025} are one token each; a normal
 *       space only joins a group of exactly three digits ({@code 1 000}).
 *   <li>Letters directly followed by digits (or the reverse) are separate tokens.
 * </ul>
 *
 * <p>Linear in the input length. Stateless and safe for concurrent use.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /** Tokenizes a whole text. */
    public static List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokenizes {@code text[start, end)}; spans are indices into {@code text}. */
    public static List<Token> tokenize(CharSequence text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException(
                    "range [" + start + ", " + end + ") outside a text of length " + text.length());
        }
        List<Token> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int cp = Character.codePointAt(text, i);
            int n = Character.charCount(cp);
            if (isWordChar(cp)) {
                int j = i + n;
                while (j < end) {
                    int c = Character.codePointAt(text, j);
                    if (isWordChar(c)
                            || (isFormat(c)
                                    && j + Character.charCount(c) < end
                                    && isWordChar(Character.codePointAt(text, j + Character.charCount(c))))) {
                        j += Character.charCount(c);
                    } else if (isApostrophe(c)
                            && j + 1 < end
                            && Character.isLetter(Character.codePointAt(text, j + 1))) {
                        j += Character.charCount(c);
                    } else {
                        break;
                    }
                }
                out.add(new Token(i, j, text.subSequence(i, j).toString(), Token.Kind.WORD));
                i = j;
            } else if (Character.isDigit(cp)) {
                int j = i + n;
                int groupLen = 1;
                while (j < end) {
                    int c = Character.codePointAt(text, j);
                    if (Character.isDigit(c)) {
                        j += Character.charCount(c);
                        groupLen++;
                    } else if ((c == '.'
                                    || c == ','
                                    || c == '\''
                                    || c == '\u202F'
                                    || c == '\u00A0'
                                    || c == '\u2009'
                                    || c == ' ')
                            && j + 1 < end
                            && Character.isDigit(Character.codePointAt(text, j + 1))
                            && (c != ' ' || (groupLen <= 3 && threeDigits(text, j + 1, end)))) {
                        j += 1;
                        groupLen = 0;
                    } else {
                        break;
                    }
                }
                out.add(new Token(i, j, text.subSequence(i, j).toString(), Token.Kind.NUMBER));
                i = j;
            } else if (Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || isFormat(cp)
                    || Character.getType(cp) == Character.CONTROL) {
                i += n;
            } else {
                Token.Kind kind = isPunctuation(cp) ? Token.Kind.PUNCT : Token.Kind.SYMBOL;
                out.add(new Token(i, i + n, text.subSequence(i, i + n).toString(), kind));
                i += n;
            }
        }
        return out;
    }

    private static boolean threeDigits(CharSequence text, int from, int end) {
        int k = 0;
        while (from + k < end && Character.isDigit(text.charAt(from + k))) {
            k++;
        }
        return k == 3;
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    static boolean isFormat(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '\u02BB';
    }

    static boolean isPunctuation(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}
