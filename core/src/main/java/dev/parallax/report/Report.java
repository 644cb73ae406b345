package dev.parallax.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cross-outlet comparison of a set of articles about one event, as an immutable value: what
 * {@code parallax report --format json} prints, and what the Markdown and HTML renderers show.
 *
 * <p>For the five articles in {@code seeds/}, {@code sources()} holds one row per article
 * ({@code Xinhua}, {@code Realist English}, {@code Caliber.Az}, ...), {@code names()} holds for
 * instance the entity spelt {@code "Oleg Lugovskoy"} by Sputnik and {@code "Oleh Luhovskyi"} by
 * Xinhua and Caliber.Az, {@code facts()} the sentences that report the same fact side by side, and
 * {@code disagreements()} entries such as {@code nearly two hours} versus {@code less than two
 * hours}.
 *
 * <p>Sources are referred to by their index in {@link #sources()}. Spans are UTF-16 indices into
 * the original text of that source; the JSON output converts them to code points.
 *
 * @param sources one entry per article, in input order
 * @param names every entity named, most widely named first
 * @param facts fact clusters carried by two or more outlets, most widely carried first, then the
 *     sentences only one outlet carries
 * @param quotes quotations grouped by speaker and by statement
 * @param disagreements where outlets differ
 */
public record Report(
        List<Source> sources,
        List<Name> names,
        List<Fact> facts,
        List<Quote> quotes,
        List<Disagreement> disagreements) {

    public Report {
        sources = List.copyOf(sources);
        names = List.copyOf(names);
        facts = List.copyOf(facts);
        quotes = List.copyOf(quotes);
        disagreements = List.copyOf(disagreements);
    }

    /** The short label of a source, for column headers: its outlet, or its file name. */
    public String label(int source) {
        return sources.get(source).label();
    }

    /**
     * One article.
     *
     * @param file the path or label it was read from
     * @param outlet the outlet as the text names it, or null when the text does not say
     * @param outletEvidence how the outlet was found ({@code "dateline"}, {@code "self-reference"},
     *     {@code "source-line"}, {@code "masthead"}, {@code "cited-as-interviewer"}) or {@code "file name"}
     * @param author a byline's author, or null
     * @param date the publication date (ISO {@code yyyy-MM-dd}) when the text states it, else null
     * @param language BCP 47 tag of the body, or {@code und}
     * @param characters length of the original text in code points
     * @param words words in the kept body
     * @param sentences sentences in the kept body
     * @param removed what cleaning removed, counted by reason (reason -&gt; number of spans)
     */
    public record Source(
            String file,
            String label,
            String outlet,
            String outletEvidence,
            String author,
            String date,
            String language,
            int characters,
            int words,
            int sentences,
            Map<String, Integer> removed) {
        public Source {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(label, "label");
            removed = Map.copyOf(removed);
        }
    }

    /**
     * One entity and how each outlet writes it.
     *
     * @param id the dictionary id, or a provisional id starting with {@code ~} for names in no
     *     dictionary
     * @param name canonical name (the dictionary's, else the most frequent full spelling)
     * @param type {@code PERSON}, {@code PLACE}, {@code ORG}, {@code OTHER}, or null when unknown
     * @param provisional true when no dictionary knows the entity
     * @param spellings every spelling with the outlet that used it and how often
     */
    public record Name(String id, String name, String type, boolean provisional, List<Spelling> spellings) {
        public Name {
            spellings = List.copyOf(spellings);
        }

        /** Number of distinct sources naming this entity. */
        public int sourceCount() {
            return (int)
                    spellings.stream().mapToInt(Spelling::source).distinct().count();
        }

        /**
         * True when outlets write the name differently, beyond case and beyond a short form that is
         * the end of a longer one ("Medinsky" in "Vladimir Medinsky"): "Kiev" and "Kyiv" differ.
         */
        public boolean spellingsDiffer() {
            List<String> forms = spellings.stream()
                    .map(s -> s.text().toLowerCase(java.util.Locale.ROOT))
                    .distinct()
                    .toList();
            long full = forms.stream()
                    .filter(f -> forms.stream().noneMatch(g -> !g.equals(f) && g.endsWith(" " + f)))
                    .count();
            return full > 1;
        }

        /** Total mentions across sources. */
        public int mentions() {
            return spellings.stream().mapToInt(Spelling::count).sum();
        }
    }

    /** One spelling of a name in one source, and how many times it occurs there. */
    public record Spelling(int source, String text, int count) {}

    /**
     * A fact: sentences of different outlets that report the same thing.
     *
     * @param id stable within one report: {@code F1}, {@code F2}, ...
     * @param items one sentence per source carrying it, in source order
     * @param entities ids of the entities the sentences name, for filtering
     */
    public record Fact(String id, List<Item> items, List<String> entities) {
        public Fact {
            items = List.copyOf(items);
            entities = List.copyOf(entities);
        }

        /** Number of outlets carrying the fact. */
        public int sourceCount() {
            return (int) items.stream().mapToInt(Item::source).distinct().count();
        }
    }

    /**
     * A passage of one source.
     *
     * @param source index into {@link Report#sources()}
     * @param span UTF-16 indices into the source's original text
     * @param codePoints the same range in code points (what the JSON prints)
     * @param text the passage
     */
    public record Item(int source, dev.parallax.text.Span span, dev.parallax.text.Span codePoints, String text) {}

    /**
     * One statement of one speaker, as each outlet renders it.
     *
     * @param id {@code Q1}, {@code Q2}, ...
     * @param speakerId entity id of the speaker, or null when unattributed
     * @param speaker canonical name of the speaker, or null
     * @param renderings each outlet's wording (the quoted words without the marks), in source order
     * @param partial true when every rendering is a fragment quoted inside the reporter's own
     *     sentence (Kiev would "inform soon") rather than a full quotation
     */
    public record Quote(String id, String speakerId, String speaker, List<Item> renderings, boolean partial) {
        public Quote {
            renderings = List.copyOf(renderings);
        }

        public int sourceCount() {
            return (int) renderings.stream().mapToInt(Item::source).distinct().count();
        }
    }

    /**
     * A point where outlets differ.
     *
     * @param kind {@code number}, {@code duration}, {@code name}, {@code place}, {@code date} or
     *     {@code event}
     * @param severity {@code conflict} (cannot both be true), {@code nuance} (same value, different
     *     hedging, e.g. "nearly" versus "less than") or {@code distinct} (two different things that
     *     look alike, e.g. two people with one surname)
     * @param fact id of the fact cluster it was found in, or null when it spans the whole corpus
     * @param summary one line a reader understands on its own
     * @param claims what each side says
     */
    public record Disagreement(String kind, String severity, String fact, String summary, List<Claim> claims) {
        public Disagreement {
            claims = List.copyOf(claims);
        }
    }

    /**
     * One side of a disagreement: the value as written, normalised, and the sources stating it.
     *
     * @param value the words as written (e.g. {@code "nearly two hours"})
     * @param normalized a comparable form (e.g. {@code "<~ 2 hour"}, {@code "2025-05-16"})
     * @param sources indices of the sources stating it
     * @param evidence the sentence it comes from in the first of those sources
     */
    public record Claim(String value, String normalized, List<Integer> sources, Item evidence) {
        public Claim {
            sources = List.copyOf(sources);
        }
    }
}
