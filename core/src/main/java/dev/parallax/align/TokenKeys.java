package dev.parallax.align;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Script-independent folded keys of single word tokens, used to match names, cognates and
 * identical tokens across Latin and Cyrillic.
 *
 * <p>{@code TokenKeys.fold("Зеленський")} and {@code TokenKeys.fold("Zelensky")} are both {@code
 * "zelenski"}; {@code fold("Харків")} and {@code fold("Kharkiv")} are both {@code "garkiv"}. The
 * key is deliberately lossy (h and g fall together, as do c, k and q, y, j and i, w and v, double
 * letters): it is a matching key, never a form to show.
 *
 * <p>Cyrillic is mapped with an own character table rather than an ICU {@code Transliterator},
 * whose first {@code getInstance} costs about 250 ms, too much for one small {@code align} call.
 * The function is an interface ({@link KeyFunction}) so that the names room's {@code NameKeys.key}
 * can be used instead. Stateless and safe for concurrent use.
 */
final class TokenKeys {
    private TokenKeys() {}

    /** Maps one word token to a folded matching key. */
    @FunctionalInterface
    interface KeyFunction {
        String key(String token);
    }

    /**
     * The key function the aligner uses. The names room's {@code NameKeys.key} plugs in here too
     * ({@link #NAME_KEYS}); measured on the development sets it aligned worse (ru-en strict F1 0.917
     * against 0.932), because its coarser merges (z/s, zh/sh) give ordinary words more chance
     * matches, so the built-in fold stays the default.
     */
    static final KeyFunction DEFAULT = TokenKeys::fold;

    /** The names room's key, for comparison and for callers who want name-centred matching. */
    static final KeyFunction NAME_KEYS = dev.parallax.names.NameKeys::key;

    private static final String[] CYRILLIC = new String[0x500 - 0x400];

    static {
        String[][] table = {
            {"а", "a"},
            {"б", "b"},
            {"в", "v"},
            {"г", "g"},
            {"ґ", "g"},
            {"д", "d"},
            {"е", "e"},
            {"ё", "e"},
            {"є", "ie"},
            {"ж", "zh"},
            {"з", "z"},
            {"и", "i"},
            {"і", "i"},
            {"ї", "i"},
            {"й", "i"},
            {"к", "k"},
            {"л", "l"},
            {"м", "m"},
            {"н", "n"},
            {"о", "o"},
            {"п", "p"},
            {"р", "r"},
            {"с", "s"},
            {"т", "t"},
            {"у", "u"},
            {"ф", "f"},
            {"х", "h"},
            {"ц", "ts"},
            {"ч", "ch"},
            {"ш", "sh"},
            {"щ", "shch"},
            {"ъ", ""},
            {"ы", "i"},
            {"ь", ""},
            {"э", "e"},
            {"ю", "iu"},
            {"я", "ia"},
            {"ў", "u"},
            {"ј", "i"},
            {"љ", "li"},
            {"њ", "ni"},
            {"ђ", "dj"},
            {"ћ", "c"},
            {"џ", "dz"},
            {"ѓ", "g"},
            {"ќ", "k"},
            {"ѕ", "dz"}
        };
        for (String[] row : table) {
            CYRILLIC[row[0].charAt(0) - 0x400] = row[1];
        }
    }

    /**
     * The folded key of one token: lower case, Cyrillic transliterated, diacritics removed, then
     * letters that romanisation systems disagree on merged. Non-letters are dropped.
     */
    static String fold(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length() + 4);
        boolean needsNfd = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                latin.append(c);
            } else if (c >= 0x400 && c < 0x500) {
                String m = CYRILLIC[c - 0x400];
                if (m != null) {
                    latin.append(m);
                }
            } else if (c == 'ß') {
                latin.append("ss");
            } else if (c == 'æ') {
                latin.append("ae");
            } else if (c == 'œ') {
                latin.append("oe");
            } else if (c == 'ø') {
                latin.append('o');
            } else if (c == 'ł') {
                latin.append('l');
            } else if (c > 0x7F && Character.isLetter(c)) {
                latin.append(c);
                needsNfd = true;
            }
        }
        String s = latin.toString();
        if (needsNfd) {
            String d = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder sb = new StringBuilder(d.length());
            for (int i = 0; i < d.length(); i++) {
                char c = d.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    sb.append(c);
                }
            }
            s = sb.toString();
        }
        return skeleton(s);
    }

    /** Merges spellings that vary between romanisations: kh/h/g, c/k/q, y/j/i, w/v, ph/f, doubles. */
    private static String skeleton(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            char m;
            if ((c == 'k' || c == 'c') && next == 'h') {
                m = 'g';
                i++;
            } else if (c == 'p' && next == 'h') {
                m = 'f';
                i++;
            } else if (c == 't' && next == 'h') {
                m = 't';
                i++;
            } else if (c == 'c' && next == 'k') {
                m = 'k';
                i++;
            } else if (c == 'x') {
                out.append('k');
                m = 's';
            } else {
                switch (c) {
                    case 'h':
                        m = 'g';
                        break;
                    case 'c':
                    case 'q':
                        m = 'k';
                        break;
                    case 'y':
                    case 'j':
                        m = 'i';
                        break;
                    case 'w':
                        m = 'v';
                        break;
                    default:
                        m = c;
                }
            }
            int len = out.length();
            if (len == 0 || out.charAt(len - 1) != m) {
                out.append(m);
            }
        }
        return out.toString();
    }
}
