package dev.parallax.names;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Romanisation of Russian and Ukrainian Cyrillic by a named standard, from the ICU rule files in
 * {@code dictionaries/linguistic/translit/}.
 *
 * <pre>
 * Romanizer.of("uk-Latn-national2010").apply("Зеленський")  // "Zelenskyi"
 * Romanizer.of("ru-Latn-bgnpcgn").apply("Жириновский")      // "Zhirinovskiy"
 * Romanizer.of("ru-Latn-german").apply("Жириновский")       // "Schirinowski"
 * Romanizer.of("ru-Latn-french").apply("Жириновский")       // "Jirinovski"
 * Romanizer.of("ru-Latn-polish").apply("Жириновский")       // "Żyrinowski"
 * </pre>
 *
 * <p>Each rule set is compiled once, on first use, with {@code Transliterator.createFromRules}, so
 * that it owns its data instead of sharing ICU's global registry lock. A rule set expects text in
 * its own language: Ukrainian systems read і, ї, є, ґ; Russian systems read ё, ы, э, ъ. Immutable
 * and safe for concurrent use.
 */
public final class Romanizer {
    private static final String DIR = LinguisticResources.ROOT + "translit/";
    private static final Map<String, String> SYSTEMS = loadIndex();
    private static final ConcurrentHashMap<String, Romanizer> COMPILED = new ConcurrentHashMap<>();

    private final String id;
    private final String standard;
    private final Transliterator transliterator;

    private Romanizer(String id, String standard, Transliterator transliterator) {
        this.id = id;
        this.standard = standard;
        this.transliterator = transliterator;
    }

    /**
     * The romaniser with this id (see {@link #systems()}).
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static Romanizer of(String id) {
        Objects.requireNonNull(id, "id");
        String standard = SYSTEMS.get(id);
        if (standard == null) {
            throw new IllegalArgumentException("unknown romanisation system '" + id + "'; known: " + SYSTEMS.keySet());
        }
        return COMPILED.computeIfAbsent(id, k -> {
            String rules = EntityDictionary.readResource(DIR + k + ".txt");
            return new Romanizer(k, standard, Transliterator.createFromRules(k, rules, Transliterator.FORWARD));
        });
    }

    /** The ids of all rule sets, in index order. */
    public static List<String> systems() {
        return List.copyOf(SYSTEMS.keySet());
    }

    /** The rule set's id, e.g. {@code uk-Latn-national2010}. */
    public String id() {
        return id;
    }

    /** The standard the rule set implements, as its file header names it. */
    public String standard() {
        return standard;
    }

    /** Romanises {@code text}; characters outside the rule set pass through unchanged. */
    public String apply(String text) {
        Objects.requireNonNull(text, "text");
        return transliterator.transliterate(text);
    }

    private static Map<String, String> loadIndex() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : EntityDictionary.readResource(DIR + "INDEX").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 2);
            m.put(f[0].strip(), f.length > 1 ? f[1].strip() : "");
        }
        return Map.copyOf(m);
    }
}
