package dev.parallax.text;

import java.util.Set;

/**
 * Letter counts by script of a piece of text, with the letters that tell Russian from Ukrainian:
 * the fallback of {@link LanguageIdentifier} for text too short for its model.
 */
final class ScriptProfile {
    static final Set<String> LATIN_LANGUAGES = Set.of(
            "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "bs", "ro", "hu", "fi", "et", "lv",
            "lt", "sv", "da", "no", "nb", "nn", "is", "ga", "cy", "tr", "az", "uz", "id", "ms", "tl", "vi", "sq", "ca",
            "eu", "gl", "af", "sw", "mt", "la", "eo", "lb", "fy", "br", "oc");

    private static final Set<String> CYRILLIC_LANGUAGES =
            Set.of("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "ba", "tt", "cv", "os", "ce", "sah");

    private enum Script {
        LATIN,
        CYRILLIC,
        GREEK,
        ARABIC,
        HEBREW,
        HAN,
        KANA,
        HANGUL,
        GEORGIAN,
        ARMENIAN,
        DEVANAGARI,
        THAI,
        OTHER
    }

    private final int[] counts;
    private final int letters;
    /** Letters only the Ukrainian alphabet has ({@code ї є ґ}), and {@code і} (also Belarusian). */
    private final int ukrainian;

    private final int ukrainianI;
    /** Letters the Ukrainian alphabet lacks ({@code ы э ё ъ}). */
    private final int russian;

    private final int belarusian;

    private ScriptProfile(int[] counts, int letters, int ukrainian, int ukrainianI, int russian, int belarusian) {
        this.counts = counts;
        this.letters = letters;
        this.ukrainian = ukrainian;
        this.ukrainianI = ukrainianI;
        this.russian = russian;
        this.belarusian = belarusian;
    }

    static ScriptProfile of(CharSequence text, int start, int end) {
        int[] counts = new int[Script.values().length];
        int letters = 0;
        int uk = 0;
        int ukI = 0;
        int ru = 0;
        int be = 0;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Script s = scriptOf(cp);
            counts[s.ordinal()]++;
            if (s == Script.CYRILLIC) {
                switch (Character.toLowerCase(cp)) {
                    case 'ї', 'є', 'ґ' -> uk++;
                    case 'і' -> ukI++;
                    case 'ы', 'э', 'ё', 'ъ' -> ru++;
                    case 'ў' -> be++;
                    default -> {}
                }
            }
        }
        return new ScriptProfile(counts, letters, uk, ukI, ru, be);
    }

    private static Script scriptOf(int cp) {
        if (cp < 0x250) {
            return Script.LATIN;
        }
        Character.UnicodeScript us = Character.UnicodeScript.of(cp);
        return switch (us) {
            case LATIN -> Script.LATIN;
            case CYRILLIC -> Script.CYRILLIC;
            case GREEK -> Script.GREEK;
            case ARABIC -> Script.ARABIC;
            case HEBREW -> Script.HEBREW;
            case HAN -> Script.HAN;
            case HIRAGANA, KATAKANA -> Script.KANA;
            case HANGUL -> Script.HANGUL;
            case GEORGIAN -> Script.GEORGIAN;
            case ARMENIAN -> Script.ARMENIAN;
            case DEVANAGARI -> Script.DEVANAGARI;
            case THAI -> Script.THAI;
            default -> Script.OTHER;
        };
    }

    int letters() {
        return letters;
    }

    private Script dominant() {
        Script best = null;
        int max = 0;
        for (Script s : Script.values()) {
            if (counts[s.ordinal()] > max) {
                max = counts[s.ordinal()];
                best = s;
            }
        }
        if (best == Script.HAN && counts[Script.KANA.ordinal()] > 0) {
            return Script.KANA;
        }
        return best;
    }

    /** True when the dominant script is shared by many languages, so that the model must decide. */
    boolean modelScript() {
        Script d = dominant();
        return d == Script.LATIN || d == Script.CYRILLIC || d == Script.ARABIC || d == Script.DEVANAGARI;
    }

    /**
     * A guess from the script alone: a BCP 47 tag, {@code "latn"} for Latin text (many languages,
     * the caller decides), or {@code "und"}.
     */
    String guess() {
        Script d = dominant();
        if (d == null) {
            return "und";
        }
        return switch (d) {
            case LATIN -> "latn";
            case CYRILLIC -> cyrillic();
            case GREEK -> "el";
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case HAN -> "zh";
            case KANA -> "ja";
            case HANGUL -> "ko";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case OTHER -> "und";
        };
    }

    private String cyrillic() {
        if (belarusian > 0 && ukrainian == 0) {
            return "be";
        }
        if (ukrainian > 0 && russian == 0) {
            return "uk";
        }
        if (ukrainianI > 0 && russian == 0) {
            return "uk";
        }
        return "ru";
    }

    /** True when {@code lang} is written in this text's dominant script. */
    boolean writes(String lang) {
        Script d = dominant();
        if (d == null) {
            return false;
        }
        return switch (d) {
            case LATIN -> LATIN_LANGUAGES.contains(lang);
            case CYRILLIC -> CYRILLIC_LANGUAGES.contains(lang);
            case ARABIC -> lang.equals("ar") || lang.equals("fa") || lang.equals("ur") || lang.equals("ps");
            case HAN -> lang.equals("zh") || lang.equals("ja");
            default -> guess().equals(lang);
        };
    }

    /** Overrules a model answer that the letters contradict. */
    String correct(String modelLang) {
        Script d = dominant();
        if (d == Script.CYRILLIC) {
            if (!CYRILLIC_LANGUAGES.contains(modelLang)) {
                return cyrillic();
            }
            if (modelLang.equals("ru") && russian == 0 && (ukrainian > 0 || ukrainianI > 0)) {
                return "uk";
            }
            if (modelLang.equals("uk") && ukrainian == 0 && ukrainianI == 0 && russian > 0) {
                return "ru";
            }
            return modelLang;
        }
        if (d == Script.LATIN && CYRILLIC_LANGUAGES.contains(modelLang) && !modelLang.equals("sr")) {
            return "und";
        }
        return modelLang;
    }
}
