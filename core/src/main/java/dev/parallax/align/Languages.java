package dev.parallax.align;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap guess of the language of a sentence list, for labelling output (TMX {@code xml:lang})
 * when the caller names none: the script, then frequent function words.
 *
 * <p>{@code Languages.guess(List.of("Це наш Київ."))} is {@code "uk"}; a text it cannot place is
 * {@code "und"}. Stateless and safe for concurrent use.
 */
public final class Languages {
    private Languages() {}

    private static final String[][] WORDS = {
        {"en", "the and of to in is that for with was"},
        {"de", "der die und das ist nicht mit von den sich"},
        {"fr", "le la les et des est une dans pour que"},
        {"es", "el la los las que y en una por con"},
        {"it", "il di che la per una sono della gli non"},
        {"ru", "и в не что на с это как по он"},
        {"uk", "і в не що на з це як та він"}
    };

    /** BCP 47 tag of the most likely language, or {@code und}. */
    public static String guess(List<String> sentences) {
        int cyr = 0;
        int lat = 0;
        int ukOnly = 0;
        int ruOnly = 0;
        int[] hits = new int[WORDS.length];
        int seen = 0;
        for (String s : sentences) {
            if (seen > 20000) {
                break;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x400 && c < 0x500) {
                    cyr++;
                    if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
                        ukOnly++;
                    } else if ("ыэъёЫЭЪЁ".indexOf(c) >= 0) {
                        ruOnly++;
                    }
                } else if (Character.isLetter(c) && c < 0x250) {
                    lat++;
                }
            }
            for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                seen++;
                for (int l = 0; l < WORDS.length; l++) {
                    if (set(l).contains(w)) {
                        hits[l]++;
                    }
                }
            }
        }
        if (cyr == 0 && lat == 0) {
            return "und";
        }
        if (cyr > lat) {
            if (ukOnly > ruOnly) {
                return "uk";
            }
            return ruOnly > 0 || hits[5] >= hits[6] ? "ru" : "uk";
        }
        int best = -1;
        for (int l = 0; l < 5; l++) {
            if (hits[l] > 0 && (best < 0 || hits[l] > hits[best])) {
                best = l;
            }
        }
        return best < 0 ? "und" : WORDS[best][0];
    }

    private static final Set<?>[] SETS = new Set<?>[WORDS.length];

    static {
        for (int l = 0; l < WORDS.length; l++) {
            SETS[l] = Set.of(WORDS[l][1].split(" "));
        }
    }

    private static Set<?> set(int l) {
        return SETS[l];
    }
}
