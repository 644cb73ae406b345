package dev.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a piece of text as a BCP 47 tag.
 *
 * <p>{@code LanguageIdentifier.defaults().identify("Переговоры в Стамбуле завершились.")} is {@code
 * "ru"}; {@code identify("Переговори у Стамбулі")} is {@code "uk"}; {@code identify("On")} is
 * {@code "und"}.
 *
 * <p>Long enough text goes to OpenNLP's language detector (the {@code langdetect-183} model,
 * ISO 639-3 labels mapped to the shortest BCP 47 tag: {@code rus} to {@code ru}, {@code cmn} to
 * {@code zh}). Short text, or text the model is unsure about, falls back on the script: Cyrillic
 * with a Ukrainian-only letter ({@code ї є ґ}, or {@code і} without Russian-only letters) is {@code
 * uk}, other Cyrillic {@code ru}, Greek {@code el}, and so on; short Latin text is {@code "und"}
 * (the caller may use the document's language instead, see {@link #identify(CharSequence,
 * String)}). The model also often confuses Russian and Ukrainian, so letters that only one of the
 * two alphabets has overrule it.
 *
 * <p>The model (10 MB) is read lazily, once per JVM, on the first call that needs it, and shared:
 * it is thread-safe; a detector is created per call. Instances are immutable and safe for
 * concurrent use. Only the first {@value #MAX_SAMPLE} characters of a text are looked at, so a call
 * costs bounded time whatever the text's length.
 */
public final class LanguageIdentifier {
    /** Characters of a text that are looked at; more adds time, not accuracy. */
    public static final int MAX_SAMPLE = 1000;

    /** Fewer letters than this and the model is not asked. */
    private static final int MIN_LETTERS_FOR_MODEL = 20;

    /**
     * The model spreads its probability over 103 languages, so its top score is small even when it
     * is right; what counts is how far the best stands above the second.
     */
    private static final double MIN_MARGIN = 1.15;

    /** With this many letters the model's first choice is taken as it is. */
    private static final int SURE_LETTERS = 100;

    /** Share of the best score a widely published language needs to be chosen instead. */
    private static final double PREFERRED_SHARE = 0.8;

    /** With this many letters a widely published first choice is taken without a margin. */
    private static final int PREFERRED_LETTERS = 25;

    /** Languages news is widely published in; the model's near-ties are resolved towards them. */
    private static final java.util.Set<String> PREFERRED = java.util.Set.of(
            "en", "ru", "uk", "de", "fr", "es", "it", "pt", "pl", "nl", "tr", "ar", "zh", "ja", "ko", "fa", "he", "el",
            "cs", "ro", "hu", "sv", "bg", "sr", "hr", "be", "kk", "az", "ka", "hy", "fi", "da", "no", "nb", "id", "vi",
            "hi", "ur");

    /** Share of the best score the context language needs to be chosen instead. */
    private static final double CONTEXT_SHARE = 0.7;

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private static final LanguageIdentifier DEFAULTS = new LanguageIdentifier();

    private LanguageIdentifier() {}

    /** The shared identifier. */
    public static LanguageIdentifier defaults() {
        return DEFAULTS;
    }

    /** The language of {@code text}: a BCP 47 tag, or {@code "und"} when it cannot be told. */
    public String identify(CharSequence text) {
        return identify(text, "und");
    }

    /**
     * The language of {@code text}, with {@code context} (usually the document's language) used for
     * short text in the context language's script ({@code "Main takeaways"} in an English article is
     * {@code "en"}).
     */
    public String identify(CharSequence text, String context) {
        return identify(text, 0, text.length(), context);
    }

    /** The language of {@code text[start, end)}; see {@link #identify(CharSequence, String)}. */
    public String identify(CharSequence text, int start, int end, String context) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException(
                    "range [" + start + ", " + end + ") outside a text of length " + text.length());
        }
        int limit = Math.min(end, start + MAX_SAMPLE);
        if (limit < end && limit > start && Character.isHighSurrogate(text.charAt(limit - 1))) {
            limit--;
        }
        ScriptProfile profile = ScriptProfile.of(text, start, limit);
        String byScript = profile.guess();
        if (profile.letters() >= MIN_LETTERS_FOR_MODEL && profile.modelScript()) {
            Language[] ranked = new LanguageDetectorME(Model.INSTANCE).predictLanguages(text.subSequence(start, limit));
            if (ranked.length > 0) {
                double best = ranked[0].getConfidence();
                // The context language wins when the model ranks it close to the top: short
                // paragraphs of an English article are English, not Afrikaans.
                for (int i = 0; i < Math.min(3, ranked.length); i++) {
                    if (toBcp47(ranked[i].getLang()).equals(context)
                            && ranked[i].getConfidence() >= CONTEXT_SHARE * best) {
                        return profile.correct(context);
                    }
                }
                // The model confuses close relatives on short text (English with Waray, Dutch with
                // Afrikaans): a widely published language ranked close to the top is preferred.
                Language pick = ranked[0];
                if (!PREFERRED.contains(toBcp47(pick.getLang()))) {
                    for (int i = 1; i < Math.min(5, ranked.length); i++) {
                        if (PREFERRED.contains(toBcp47(ranked[i].getLang()))
                                && ranked[i].getConfidence() >= PREFERRED_SHARE * best) {
                            pick = ranked[i];
                            break;
                        }
                    }
                }
                double other = 0;
                for (Language l : ranked) {
                    if (l != pick) {
                        other = Math.max(other, l.getConfidence());
                    }
                }
                String tag = toBcp47(pick.getLang());
                if (pick.getConfidence() >= MIN_MARGIN * other
                        || profile.letters() >= SURE_LETTERS
                        || (PREFERRED.contains(tag) && profile.letters() >= PREFERRED_LETTERS)) {
                    return profile.correct(tag);
                }
            }
        }
        if (byScript.equals("und") || byScript.equals("latn")) {
            return profile.letters() > 0 && sameScript(byScript, context) ? context : "und";
        }
        return byScript;
    }

    private static boolean sameScript(String scriptGuess, String context) {
        if (context == null || context.equals("und")) {
            return false;
        }
        return scriptGuess.equals("latn") && ScriptProfile.LATIN_LANGUAGES.contains(context);
    }

    /** Maps an ISO 639-3 label of the model to the shortest BCP 47 tag. */
    static String toBcp47(String iso3) {
        String s = iso3.toLowerCase(Locale.ROOT);
        String mapped = Iso.THREE_TO_TWO.get(s);
        return mapped != null ? mapped : s;
    }

    private static final class Iso {
        static final Map<String, String> THREE_TO_TWO = build();

        private static Map<String, String> build() {
            Map<String, String> m = new HashMap<>();
            for (String two : Locale.getISOLanguages()) {
                try {
                    m.put(new Locale(two).getISO3Language(), two);
                } catch (java.util.MissingResourceException e) {
                    // No three-letter code known for this language: nothing to map.
                }
            }
            // Individual languages the model uses where BCP 47 prefers the macrolanguage tag.
            m.put("cmn", "zh");
            m.put("pes", "fa");
            m.put("prs", "fa");
            m.put("zsm", "ms");
            m.put("lvs", "lv");
            m.put("ekk", "et");
            m.put("swh", "sw");
            m.put("uzn", "uz");
            m.put("azj", "az");
            m.put("arb", "ar");
            m.put("khk", "mn");
            m.put("npi", "ne");
            m.put("ory", "or");
            m.put("plt", "mg");
            m.put("gug", "gn");
            m.put("quz", "qu");
            m.put("ydd", "yi");
            m.put("als", "sq");
            // Java knows both the bibliographic and the terminology codes only partly.
            m.put("ger", "de");
            m.put("fre", "fr");
            m.put("dut", "nl");
            m.put("chi", "zh");
            return Map.copyOf(m);
        }
    }

    /** The shared model, read on first use (class initialisation is lazy and thread-safe). */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL_RESOURCE
                            + " missing from the class path (artifact opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
            }
        }
    }
}
