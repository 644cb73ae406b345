package dev.parallax.align;

import dev.parallax.text.BadInputException;
import dev.parallax.text.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A bilingual word list: entries of a headword and its translations, used in both directions.
 *
 * <p>{@code Lexicon.parseTsv("de-fr.tsv", "Haus\tmaison\nBerg\tmontagne\n").translations("berg")}
 * is {@code [montagne]}, and {@code translations("montagne")} is {@code [berg]}: alignment does not
 * care which side a word list was written for. Two file formats are read by {@link #load(Path)}:
 *
 * <ul>
 *   <li>TSV: {@code source<TAB>target} per line, UTF-8; blank lines and lines starting with {@code
 *       #} are ignored; any other line must have exactly two non-empty fields.
 *   <li>dictd (as FreeDict ships it, e.g. Debian's {@code dict-freedict-deu-fra}): the {@code .index}
 *       file with its {@code .dict} or {@code .dict.dz} (dictzip is gzip-compatible) next to it;
 *       translations are read from each definition's lines after the headword line.
 * </ul>
 *
 * <p>Words are compared in lower case ({@link Locale#ROOT}); a word not listed is looked up again
 * with up to three final letters removed, which finds the lemma of most inflected forms. Immutable
 * and safe for concurrent use.
 */
public final class Lexicon {
    private static final Lexicon EMPTY = new Lexicon(List.of());

    /** Headword and translations, lower case. */
    private final List<String[]> entries;
    /** Word (either side) to the entries it occurs in. */
    private final Map<String, int[]> index;

    private Lexicon(List<String[]> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Integer>> tmp = new HashMap<>();
        for (int e = 0; e < this.entries.size(); e++) {
            for (String w : this.entries.get(e)) {
                List<Integer> l = tmp.computeIfAbsent(w, k -> new ArrayList<>(2));
                if (l.isEmpty() || l.get(l.size() - 1) != e) {
                    l.add(e);
                }
            }
        }
        Map<String, int[]> idx = new HashMap<>(tmp.size() * 2);
        for (Map.Entry<String, List<Integer>> en : tmp.entrySet()) {
            // A word in very many entries (a function word in glosses) carries no evidence.
            List<Integer> l = en.getValue();
            int[] a = new int[Math.min(l.size(), 16)];
            for (int i = 0; i < a.length; i++) {
                a[i] = l.get(i);
            }
            idx.put(en.getKey(), a);
        }
        this.index = idx;
    }

    /** The lexicon without entries. */
    public static Lexicon empty() {
        return EMPTY;
    }

    /** A lexicon of pairs, each {@code [source, target]}. */
    public static Lexicon ofPairs(List<List<String>> pairs) {
        List<String[]> e = new ArrayList<>();
        for (List<String> p : pairs) {
            if (p.size() != 2) {
                throw new IllegalArgumentException("a lexicon pair needs 2 words, got " + p);
            }
            e.add(new String[] {lower(p.get(0)), lower(p.get(1))});
        }
        return new Lexicon(e);
    }

    /**
     * Loads a TSV word list or a dictd dictionary (a path ending in {@code .index}, {@code .dict} or
     * {@code .dict.dz}).
     *
     * @throws BadInputException when the file is missing, unreadable or malformed (file and line named)
     */
    public static Lexicon load(Path file) {
        String name = file.toString();
        if (name.endsWith(".index") || name.endsWith(".dict") || name.endsWith(".dict.dz")) {
            return loadDictd(file);
        }
        Document doc = Document.read(file);
        return parseTsv(name, doc.text());
    }

    /**
     * Parses TSV text: one {@code source<TAB>target} pair per line.
     *
     * @throws BadInputException for a line without exactly two non-empty tab-separated fields
     */
    public static Lexicon parseTsv(String source, String text) {
        List<String[]> e = new ArrayList<>();
        int lineNo = 0;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lineNo++;
            pos = end + 1;
            if (line.isBlank() || line.startsWith("#")) {
                if (nl < 0) {
                    break;
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2) {
                throw BadInputException.at(
                        source,
                        lineNo,
                        0,
                        "expected 2 tab-separated fields (source<TAB>target), found " + f.length + ": "
                                + BadInputException.visible(line));
            }
            for (int k = 0; k < 2; k++) {
                if (f[k].isBlank()) {
                    int col = k == 0 ? 1 : f[0].codePointCount(0, f[0].length()) + 2;
                    throw BadInputException.at(
                            source, lineNo, col, "empty " + (k == 0 ? "source" : "target") + " word");
                }
            }
            e.add(new String[] {lower(f[0].strip()), lower(f[1].strip())});
            if (nl < 0) {
                break;
            }
        }
        return new Lexicon(e);
    }

    private static Lexicon loadDictd(Path file) {
        String name = file.toString();
        String base = name.endsWith(".index")
                ? name.substring(0, name.length() - 6)
                : name.endsWith(".dict") ? name.substring(0, name.length() - 5) : name.substring(0, name.length() - 8);
        Path indexPath = Path.of(base + ".index");
        Path dictPath = Path.of(base + ".dict.dz");
        boolean gz = true;
        if (!Files.exists(dictPath)) {
            dictPath = Path.of(base + ".dict");
            gz = false;
        }
        if (!Files.exists(indexPath)) {
            throw BadInputException.of(indexPath.toString(), "no such file (the dictd index of " + name + ")");
        }
        if (!Files.exists(dictPath)) {
            throw BadInputException.of(base + ".dict.dz", "no such file (nor " + base + ".dict), needed by " + name);
        }
        byte[] dict;
        try (InputStream in = gz
                ? new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(dictPath)), 1 << 16)
                : new ByteArrayInputStream(Files.readAllBytes(dictPath))) {
            dict = in.readAllBytes();
        } catch (NoSuchFileException ex) {
            throw BadInputException.of(dictPath.toString(), "no such file");
        } catch (IOException ex) {
            throw BadInputException.of(dictPath.toString(), "cannot read dictd data: " + ex.getMessage());
        }
        String index = Document.read(indexPath).text();
        return parseDictd(indexPath.toString(), index, dict);
    }

    /** Parses a dictd index and the uncompressed dictionary bytes it points into. */
    static Lexicon parseDictd(String indexSource, String index, byte[] dict) {
        List<String[]> e = new ArrayList<>();
        int lineNo = 0;
        for (String line : index.split("\n", -1)) {
            lineNo++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw BadInputException.at(
                        indexSource,
                        lineNo,
                        0,
                        "expected headword<TAB>offset<TAB>length, found " + f.length + " fields: "
                                + BadInputException.visible(line));
            }
            if (f[0].startsWith("00-database") || f[0].startsWith("00database")) {
                continue;
            }
            long off = base64(f[1], indexSource, lineNo);
            long len = base64(f[2], indexSource, lineNo);
            if (off < 0 || len < 0 || off + len > dict.length) {
                throw BadInputException.at(
                        indexSource, lineNo, 0, "entry points outside the dictionary data (" + dict.length + " bytes)");
            }
            String def = new String(dict, (int) off, (int) len, StandardCharsets.UTF_8);
            Set<String> tr = translationsOf(def);
            if (!tr.isEmpty()) {
                String[] entry = new String[tr.size() + 1];
                entry[0] = lower(f[0].strip());
                int k = 1;
                for (String t : tr) {
                    entry[k++] = t;
                }
                e.add(entry);
            }
        }
        return new Lexicon(e);
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static long base64(String s, String source, int line) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = B64.indexOf(s.charAt(i));
            if (d < 0) {
                throw BadInputException.at(source, line, 0, "bad base64 number '" + BadInputException.visible(s) + "'");
            }
            v = v * 64 + d;
        }
        return v;
    }

    private static final Pattern TAGS = Pattern.compile("<[^>]*>|\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern SENSE = Pattern.compile("^(\\d+)\\.\\s+");
    /** A sense reference at the end of a translation line ({@code "aller, marcher 2."}). */
    private static final Pattern SENSE_REF = Pattern.compile("\\s+\\d+\\.$");

    /**
     * Single-word translations of a FreeDict definition: the line after the headword line and the
     * numbered sense lines ({@code 1. aller, marcher 2.}), trailing sense references removed. Other
     * lines are glosses in the headword's language (WikDict-built dictionaries such as deu-fra write
     * one under every sense), not translations.
     *
     * <p>{@code "gehen /ɡeːn/ <v>\n1. aller, marcher 2.\nsich fortbewegen\n2. partir\n"} gives
     * {@code [aller, marcher, partir]}.
     */
    static Set<String> translationsOf(String definition) {
        Set<String> out = new LinkedHashSet<>();
        String[] lines = definition.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            Matcher sense = SENSE.matcher(l);
            boolean numbered = sense.find();
            if (i > 1 && !numbered) {
                continue;
            }
            if (numbered) {
                l = l.substring(sense.end());
            }
            if (l.isEmpty() || l.startsWith("<") && l.endsWith(">") || l.contains(":")) {
                continue;
            }
            l = SENSE_REF.matcher(TAGS.matcher(l).replaceAll(" ").strip()).replaceAll("");
            for (String part : l.split("[,;]")) {
                String p = part.strip();
                if (!p.isEmpty()
                        && p.length() < 40
                        && p.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
                    out.add(lower(p));
                }
            }
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Number of entries (a headword with its translations). */
    public int size() {
        return entries.size();
    }

    /** This lexicon's entries followed by the other's. */
    public Lexicon merge(Lexicon other) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<String[]> e = new ArrayList<>(entries);
        e.addAll(other.entries);
        return new Lexicon(e);
    }

    /** The words listed with {@code word} in some entry, either direction (lower case). */
    public Set<String> translations(String word) {
        Set<String> out = new LinkedHashSet<>();
        String w = lower(word);
        for (int e : entryIds(w)) {
            String[] entry = entries.get(e);
            // The form looked up is the headword or one of the translations (or their stem).
            if (w.startsWith(entry[0]) || entry[0].startsWith(w)) {
                out.addAll(Arrays.asList(entry).subList(1, entry.length));
            } else {
                out.add(entry[0]);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Entry ids of a lower-case word, with the inflection fallback. */
    int[] entryIds(String lowerWord) {
        int[] r = index.get(lowerWord);
        for (int cut = 1; r == null && cut <= 3 && lowerWord.length() - cut >= 4; cut++) {
            r = index.get(lowerWord.substring(0, lowerWord.length() - cut));
        }
        return r == null ? NONE : r;
    }

    private static final int[] NONE = new int[0];

    @Override
    public String toString() {
        return "Lexicon[" + entries.size() + " entries]";
    }
}
