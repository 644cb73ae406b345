package dev.parallax.text;

/**
 * A token: a word, a number or a single punctuation or symbol character, with its place in the
 * original text.
 *
 * @param start UTF-16 index of the first character, inclusive
 * @param end UTF-16 index after the last character
 * @param text the characters exactly as in the original text
 * @param kind what sort of token it is
 */
public record Token(int start, int end, String text, Kind kind) {

    /** What sort of token. */
    public enum Kind {
        /** Letters and combining marks, with internal apostrophes, periods of abbreviations excluded. */
        WORD,
        /** Digits, with internal separators ({@code 1,000}, {@code 3.5}, {@code 16.05.2025}). */
        NUMBER,
        /** One punctuation character (quote marks and dashes included). */
        PUNCT,
        /** Any other single visible character (currency, math, emoji). */
        SYMBOL
    }

    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "token bounds must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** True when the first character is an upper-case or title-case letter. */
    public boolean isCapitalized() {
        int cp = text.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }
}
