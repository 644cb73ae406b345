package dev.parallax.names;

import dev.parallax.text.BadInputException;
import dev.parallax.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Entities read from dictionary files in the TSV format of the command-line contract.
 *
 * <pre>
 * # people of the Istanbul talks
 * id	type	name	lang
 * Q1	PERSON	Oleh Luhovskyi	en
 * Q1	PERSON	Олег Луговський	uk
 * </pre>
 *
 * <p>gives one entity {@code Q1} with two variants, canonical form {@code Oleh Luhovskyi}. Lines
 * starting with {@code #} and blank lines are ignored; CRLF line endings and a leading BOM are
 * accepted. Every problem (wrong field count, an id used with two types, an empty name, a bad
 * language tag, a missing header) is a {@link BadInputException} naming the file and line.
 *
 * <p>Immutable and safe for concurrent use. Several dictionaries combine with {@link #merge}.
 */
public final class EntityDictionary {
    /** Classpath folder of the built-in entity dictionaries, relative to this class's package root. */
    static final String BUILT_IN_INDEX = "/dev/parallax/dictionaries/entities/INDEX";

    private final Map<String, Entity> entities;

    private EntityDictionary(Map<String, Entity> entities) {
        this.entities = entities;
    }

    /** A dictionary with no entities. */
    public static EntityDictionary empty() {
        return new EntityDictionary(Map.of());
    }

    /** Reads and validates a dictionary file. */
    public static EntityDictionary load(Path file) {
        Document doc = Document.read(file);
        return parse(doc.source(), doc.text());
    }

    /** Parses dictionary text; {@code source} names it in error messages. */
    public static EntityDictionary parse(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // one entry per id (its type, the line that gave it, its variants) and a cache of language
        // tags: a large dictionary repeats few tags and each id a few times
        Map<String, Pending> byId = new LinkedHashMap<>();
        Map<String, Optional<String>> tags = new java.util.HashMap<>();
        String[] f = new String[4];
        boolean header = false;
        int lineNo = 0;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            pos = nl < 0 ? text.length() : nl + 1;
            lineNo++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int fields = split(line, f);
            if (!header) {
                if (fields != 4
                        || !f[0].equals("id")
                        || !f[1].equals("type")
                        || !f[2].equals("name")
                        || !f[3].equals("lang")) {
                    throw BadInputException.at(
                            source,
                            lineNo,
                            1,
                            "expected the header id<TAB>type<TAB>name<TAB>lang, found '"
                                    + BadInputException.visible(line) + "'");
                }
                header = true;
                continue;
            }
            if (fields != 4) {
                throw BadInputException.at(
                        source,
                        lineNo,
                        1,
                        "expected 4 tab-separated fields (id, type, name, lang), found " + fields + ": '"
                                + BadInputException.visible(line) + "'");
            }
            String id = f[0];
            if (id.isEmpty() || !plainId(id)) {
                throw BadInputException.at(
                        source,
                        lineNo,
                        1,
                        "an id must be non-empty and hold no whitespace or invisible characters, found '"
                                + BadInputException.visible(id) + "'");
            }
            EntityType type = typeOf(f[1]);
            if (type == null) {
                throw BadInputException.at(
                        source,
                        lineNo,
                        col(f, 1),
                        "expected a type PERSON, PLACE, ORG or OTHER, found '" + BadInputException.visible(f[1]) + "'");
            }
            String name = f[2].strip();
            if (name.isEmpty() || !hasLetterOrDigit(name)) {
                throw BadInputException.at(
                        source,
                        lineNo,
                        col(f, 2),
                        "expected a name, found an empty or letterless field '" + BadInputException.visible(f[2])
                                + "'");
            }
            if (hasControl(name)) {
                throw BadInputException.at(
                        source,
                        lineNo,
                        col(f, 2),
                        "a name must not hold control characters: '" + BadInputException.visible(f[2]) + "'");
            }
            String lang = f[3].strip();
            if (!lang.isEmpty()) {
                Optional<String> tag = tags.computeIfAbsent(lang, EntityDictionary::validTag);
                if (tag.isEmpty()) {
                    throw BadInputException.at(
                            source,
                            lineNo,
                            col(f, 3),
                            "expected a BCP 47 language tag or an empty field, found '"
                                    + BadInputException.visible(f[3]) + "'");
                }
                lang = tag.get();
            }
            Pending known = byId.get(id);
            if (known == null) {
                known = new Pending(type, lineNo);
                byId.put(id, known);
            } else if (known.type != type) {
                throw BadInputException.at(
                        source,
                        lineNo,
                        col(f, 1),
                        "id " + id + " is " + known.type + " on line " + known.line + " but " + type
                                + " here; an id has one type");
            }
            known.variants.add(new NameVariant(name, lang, source, lineNo));
        }
        if (!header) {
            throw BadInputException.at(source, Math.max(1, lineNo), 0, "no header line id<TAB>type<TAB>name<TAB>lang");
        }
        Map<String, Entity> out = new LinkedHashMap<>();
        byId.forEach((id, p) -> out.put(id, new Entity(id, p.type, p.variants)));
        return new EntityDictionary(java.util.Collections.unmodifiableMap(out));
    }

    /** An id's type, the line that first gave it and its variants, while parsing. */
    private static final class Pending {
        final EntityType type;
        final int line;
        final List<NameVariant> variants = new ArrayList<>(2);

        Pending(EntityType type, int line) {
            this.type = type;
            this.line = line;
        }
    }

    /**
     * Splits a line at tabs into {@code out} (its first four fields) and returns the field count,
     * as {@code line.split("\t", -1).length} would, without making more than four strings.
     */
    private static int split(String line, String[] out) {
        int count = 0;
        int from = 0;
        while (true) {
            int tab = line.indexOf('\t', from);
            int end = tab < 0 ? line.length() : tab;
            if (count < out.length) {
                out[count] = line.substring(from, end);
            }
            count++;
            if (tab < 0) {
                return count;
            }
            from = tab + 1;
        }
    }

    private static EntityType typeOf(String s) {
        return switch (s) {
            case "PERSON" -> EntityType.PERSON;
            case "PLACE" -> EntityType.PLACE;
            case "ORG" -> EntityType.ORG;
            case "OTHER" -> EntityType.OTHER;
            default -> null;
        };
    }

    /** No whitespace, space, format or control character. */
    private static boolean plainId(String id) {
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.isISOControl(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isISOControl(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static int col(String[] fields, int index) {
        int c = 1;
        for (int i = 0; i < index; i++) {
            c += fields[i].codePointCount(0, fields[i].length()) + 1;
        }
        return c;
    }

    /** The normalised tag if {@code tag} is well-formed BCP 47, else empty. */
    static Optional<String> validTag(String tag) {
        try {
            Locale l = new Locale.Builder().setLanguageTag(tag).build();
            if (l.getLanguage().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(l.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /**
     * The built-in entity dictionaries shipped in {@code dictionaries/entities/} (listed in its
     * {@code INDEX} file), merged in index order.
     */
    public static EntityDictionary builtIn() {
        List<EntityDictionary> parts = new ArrayList<>();
        for (String name : readResource(BUILT_IN_INDEX)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList()) {
            String res = "/dev/parallax/dictionaries/entities/" + name;
            parts.add(parse("dictionaries/entities/" + name, readResource(res)));
        }
        return merge(parts);
    }

    static String readResource(String path) {
        try (InputStream in = EntityDictionary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
    }

    /**
     * Combines dictionaries; variants of an id that several define are concatenated in order (the
     * first dictionary's first line stays canonical).
     *
     * @throws BadInputException when one id has two types in different dictionaries
     */
    public static EntityDictionary merge(Collection<EntityDictionary> dictionaries) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (EntityDictionary d : dictionaries) {
            for (Entity e : d.entities.values()) {
                Entity prior = out.get(e.id());
                if (prior == null) {
                    out.put(e.id(), e);
                } else if (prior.type() != e.type()) {
                    NameVariant v = e.variants().get(0);
                    NameVariant p = prior.variants().get(0);
                    throw BadInputException.at(
                            v.source(),
                            v.line(),
                            0,
                            "id " + e.id() + " is " + e.type() + " here but " + prior.type() + " in " + p.source()
                                    + " line " + p.line());
                } else {
                    List<NameVariant> vs = new ArrayList<>(prior.variants());
                    vs.addAll(e.variants());
                    out.put(e.id(), new Entity(e.id(), e.type(), vs));
                }
            }
        }
        return new EntityDictionary(java.util.Collections.unmodifiableMap(out));
    }

    public Optional<Entity> get(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** All entities in file order. */
    public Collection<Entity> entities() {
        return entities.values();
    }

    public int size() {
        return entities.size();
    }

    /** The number of variant lines over all entities. */
    public int variantCount() {
        return entities.values().stream().mapToInt(e -> e.variants().size()).sum();
    }
}
