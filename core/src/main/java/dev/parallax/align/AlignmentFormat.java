package dev.parallax.align;

import dev.parallax.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The output formats of an alignment: the ladder ({@code [0]:[0, 1]} per line), JSON lines, and
 * TMX 1.4 for translation tools.
 *
 * <p>{@code AlignmentFormat.LADDER.write(out, beads, a, b, "de", "fr")} writes one line per bead.
 * TMX holds the beads that have sentences on both sides, each as a {@code <tu>} with the ladder of
 * the bead in a {@code <prop type="x-parallax-bead">}; characters XML 1.0 forbids are dropped.
 * Stateless and safe for concurrent use.
 */
public enum AlignmentFormat {
    /** One bead per line, {@code [i, ...]:[j, ...]}. */
    LADDER,
    /** One JSON object per bead: {@code a}, {@code b}, {@code score}, {@code a_text}, {@code b_text}. */
    JSONL,
    /** A TMX 1.4 document of the beads with sentences on both sides. */
    TMX;

    /** Parses {@code ladder}, {@code jsonl} or {@code tmx} (any case). */
    public static AlignmentFormat parse(String name) {
        for (AlignmentFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("format must be ladder, jsonl or tmx, got '" + name + "'");
    }

    /**
     * Writes beads over the sentence lists {@code a} and {@code b}; the languages (BCP 47) go into
     * TMX and may be {@code "und"}.
     */
    public void write(Appendable out, List<Bead> beads, List<String> a, List<String> b, String langA, String langB) {
        Objects.requireNonNull(out, "out");
        try {
            switch (this) {
                case LADDER:
                    for (Bead bead : beads) {
                        out.append(bead.ladder()).append('\n');
                    }
                    break;
                case JSONL:
                    Json json = new Json();
                    for (Bead bead : beads) {
                        json.reset().beginObject().name("a").beginArray();
                        for (int i : bead.a()) {
                            json.value(i);
                        }
                        json.endArray().name("b").beginArray();
                        for (int j : bead.b()) {
                            json.value(j);
                        }
                        json.endArray()
                                .name("score")
                                .value(Math.round(bead.score() * 10000) / 10000.0)
                                .name("a_text")
                                .value(join(a, bead.a()))
                                .name("b_text")
                                .value(join(b, bead.b()))
                                .endObject();
                        out.append(json.toString()).append('\n');
                    }
                    break;
                default:
                    writeTmx(out, beads, a, b, langA, langB);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of one side of a bead, joined by a space. */
    public static String join(List<String> sentences, List<Integer> idx) {
        StringBuilder sb = new StringBuilder();
        for (int i : idx) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(sentences.get(i).strip());
        }
        return sb.toString();
    }

    private static void writeTmx(Appendable out, List<Bead> beads, List<String> a, List<String> b, String la, String lb)
            throws IOException {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        out.append("<tmx version=\"1.4\">\n");
        out.append("  <header creationtool=\"parallax\" creationtoolversion=\"0.1\" segtype=\"sentence\""
                        + " o-tmf=\"parallax-ladder\" adminlang=\"en\" srclang=\"")
                .append(attr(la))
                .append("\" datatype=\"plaintext\"/>\n");
        out.append("  <body>\n");
        int id = 0;
        for (Bead bead : beads) {
            if (bead.a().isEmpty() || bead.b().isEmpty()) {
                continue;
            }
            id++;
            out.append("    <tu tuid=\"").append(Integer.toString(id)).append("\">\n");
            out.append("      <prop type=\"x-parallax-bead\">")
                    .append(text(bead.ladder()))
                    .append("</prop>\n");
            out.append("      <prop type=\"x-parallax-score\">")
                    .append(String.format(Locale.ROOT, "%.4f", bead.score()))
                    .append("</prop>\n");
            out.append("      <tuv xml:lang=\"").append(attr(la)).append("\"><seg>");
            out.append(text(join(a, bead.a()))).append("</seg></tuv>\n");
            out.append("      <tuv xml:lang=\"").append(attr(lb)).append("\"><seg>");
            out.append(text(join(b, bead.b()))).append("</seg></tuv>\n");
            out.append("    </tu>\n");
        }
        out.append("  </body>\n</tmx>\n");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }

    /** Escapes markup and drops characters that XML 1.0 does not allow. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean allowed = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed) {
                continue;
            }
            switch (cp) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                default:
                    sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
