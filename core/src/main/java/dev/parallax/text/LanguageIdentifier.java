package dev.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

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
 * <p>Before the model, a vote of the most frequent function words ({@code
 * dictionaries/text/function-words.txt}) settles clear cases cheaply: a paragraph with enough of
 * its document's function words keeps the document's language, and a text where one listed
 * language's function words clearly dominate is that language. Everything else goes to the model.
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

    /** Characters the function-word vote looks at (about 30 words). */
    private static final int VOTE_SAMPLE = 200;

    /** Fewer words than this and function words do not vote. */
    private static final int MIN_VOTE_WORDS = 6;

    /** Share of the context language's function words that confirms it. */
    private static final double CONFIRM_SHARE = 0.12;

    /** Share of function words a clear winner of the vote needs, and its lead over the second. */
    private static final double WIN_SHARE = 0.2;

    private static final double WIN_MARGIN = 3.0;

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
        // Paragraphs that confirm the context language are the common case: look at a short
        // prefix first, and at the whole sample only when the model has to decide.
        int voteEnd = Math.min(limit, start + VOTE_SAMPLE);
        if (voteEnd < limit && Character.isHighSurrogate(text.charAt(voteEnd - 1))) {
            voteEnd--;
        }
        ScriptProfile prefix = ScriptProfile.of(text, start, voteEnd);
        if (prefix.letters() == 0 && voteEnd == limit) {
            return "und";
        }
        String ctx = context == null ? "und" : context;
        FunctionWords.Vote vote = FunctionWords.vote(text, start, voteEnd);
        if (!ctx.equals("und") && prefix.writes(ctx)) {
            if (vote.words() < MIN_VOTE_WORDS && voteEnd == limit) {
                return prefix.correct(ctx);
            }
            if (FunctionWords.knows(ctx) && vote.words() >= MIN_VOTE_WORDS && vote.share(ctx) >= CONFIRM_SHARE) {
                return prefix.correct(ctx);
            }
        }
        ScriptProfile profile = voteEnd == limit ? prefix : ScriptProfile.of(text, start, limit);
        if (profile.letters() == 0) {
            return "und";
        }
        String voted = vote.clearWinner(MIN_VOTE_WORDS, WIN_SHARE, WIN_MARGIN);
        if (voted != null && profile.writes(voted)) {
            return profile.correct(voted);
        }
        String byScript = profile.guess();
        if (profile.letters() >= MIN_LETTERS_FOR_MODEL && profile.modelScript()) {
            List<Scored> ranked = rank(text, start, limit);
            if (!ranked.isEmpty()) {
                double best = ranked.get(0).score();
                // The context language wins when the model ranks it close to the top: short
                // paragraphs of an English article are English, not Afrikaans.
                for (int i = 0; i < Math.min(3, ranked.size()); i++) {
                    if (ranked.get(i).lang().equals(ctx) && ranked.get(i).score() >= CONTEXT_SHARE * best) {
                        return profile.correct(ctx);
                    }
                }
                // The model confuses close relatives on short text (English with Waray, Dutch with
                // Afrikaans): a widely published language ranked close to the top is preferred.
                Scored pick = ranked.get(0);
                if (!PREFERRED.contains(pick.lang())) {
                    for (int i = 1; i < Math.min(5, ranked.size()); i++) {
                        if (PREFERRED.contains(ranked.get(i).lang())
                                && ranked.get(i).score() >= PREFERRED_SHARE * best) {
                            pick = ranked.get(i);
                            break;
                        }
                    }
                }
                double other = 0;
                for (Scored l : ranked) {
                    if (l != pick) {
                        other = Math.max(other, l.score());
                    }
                }
                if (pick.score() >= MIN_MARGIN * other
                        || profile.letters() >= SURE_LETTERS
                        || (PREFERRED.contains(pick.lang()) && profile.letters() >= PREFERRED_LETTERS)) {
                    return profile.correct(pick.lang());
                }
            }
        }
        if (byScript.equals("und") || byScript.equals("latn")) {
            return profile.letters() > 0 && sameScript(byScript, ctx) ? ctx : "und";
        }
        return byScript;
    }

    /** A language of the model with its probability. */
    record Scored(String lang, double score) {}

    /** The model's languages for {@code text[start, end)}, best first. */
    static List<Scored> rank(CharSequence text, int start, int end) {
        MaxentModel m = Model.INSTANCE.getMaxentModel();
        double[] p = m.eval(features(text, start, end));
        List<Scored> out = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            out.add(new Scored(toBcp47(m.getOutcome(i)), p[i]));
        }
        out.sort((x, y) -> Double.compare(y.score(), x.score()));
        return out;
    }

    /**
     * The model's features: the distinct character 1- to 3-grams of the lower-cased text after the
     * normalisation the model was trained with (numbers, hyphens, URLs, Twitter handles,
     * emoticons and emoji dropped; runs of three equal characters shortened to two, runs of white space to one space).
     * OpenNLP's own normalisers do the same with six regular-expression passes, which cost ten
     * times the model's evaluation; this is one pass (a test checks it against OpenNLP's).
     */
    static String[] features(CharSequence text, int start, int end) {
        // Each dropped piece becomes one space, as in OpenNLP's normalisers.
        StringBuilder a = new StringBuilder(end - start);
        int i = start;
        boolean wordStart = true;
        boolean inDigits = false;
        while (i < end) {
            int cp = Character.codePointAt(text, i);
            int n = Character.charCount(cp);
            boolean digit = cp >= '0' && cp <= '9' || (cp > 0x7F && Character.isDigit(cp));
            if (digit) {
                if (!inDigits) {
                    a.append(' ');
                }
                inDigits = true;
                i += n;
                continue;
            }
            inDigits = false;
            if (cp == '-') {
                // OpenNLP's normalisers turn hyphen-minus into a space ("so-called", "30-day").
                a.append(' ');
                i++;
                continue;
            }
            if ((cp == '#' || cp == '@') && i + n < end && !isSpace(text.charAt(i + n))) {
                i = skipToSpace(text, i, end);
                a.append(' ');
                continue;
            }
            if (wordStart
                    && (startsWith(text, i, end, "http://")
                            || startsWith(text, i, end, "https://")
                            || startsWith(text, i, end, "www."))) {
                i = skipToSpace(text, i, end);
                a.append(' ');
                continue;
            }
            if (cp == ':' || cp == ';' || cp == 'x' || cp == 'X') {
                // OpenNLP drops emoticons, [:;x]-?[()dop] case-insensitively, even inside words
                // ("expected" becomes "e ected"); the model was trained so.
                int j = i + 1;
                if (j < end && text.charAt(j) == '-') {
                    j++;
                }
                if (j < end && "()dopDOP".indexOf(text.charAt(j)) >= 0) {
                    i = j + 1;
                    a.append(' ');
                    continue;
                }
            }
            if (wordStart
                    && (cp == 'r' || cp == 'R')
                    && i + 2 < end
                    && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
                    && (text.charAt(i + 2) == ' ' || text.charAt(i + 2) == ':')) {
                // A retweet mark, \b(rt[ :])+.
                i += 3;
                a.append(' ');
                continue;
            }
            if (n == 2 && Character.getType(cp) == Character.OTHER_SYMBOL) {
                i += n;
                a.append(' ');
                continue;
            }
            a.appendCodePoint(cp);
            wordStart = !Character.isLetterOrDigit(cp);
            i += n;
        }
        StringBuilder b = new StringBuilder(a.length());
        int k = 0;
        while (k < a.length()) {
            char c = a.charAt(k);
            int run = 1;
            while (k + run < a.length() && a.charAt(k + run) == c) {
                run++;
            }
            if (isSpace(c)) {
                int r = k;
                while (r < a.length() && isSpace(a.charAt(r))) {
                    r++;
                }
                if (r - k >= 2) {
                    b.append(' ');
                } else {
                    b.append(c);
                }
                k = r;
                continue;
            }
            b.append(c);
            if (run >= 2) {
                b.append(c);
            }
            k += run;
        }
        int from = 0;
        int to = b.length();
        while (from < to && b.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && b.charAt(to - 1) <= ' ') {
            to--;
        }
        char[] s = new char[to - from];
        for (int j = 0; j < s.length; j++) {
            s[j] = Character.toLowerCase(b.charAt(from + j));
        }
        Set<String> grams = new LinkedHashSet<>();
        for (int len = 1; len <= 3; len++) {
            for (int j = 0; j + len <= s.length; j++) {
                grams.add(new String(s, j, len));
            }
        }
        return grams.toArray(new String[0]);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int skipToSpace(CharSequence text, int i, int end) {
        while (i < end && !isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(CharSequence text, int i, int end, String prefix) {
        if (i + prefix.length() > end) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameScript(String scriptGuess, String context) {
        // A Latin-script guess inherits a Latin-script context language.
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
