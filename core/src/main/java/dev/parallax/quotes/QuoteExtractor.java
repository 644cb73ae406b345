package dev.parallax.quotes;

import dev.parallax.text.Document;
import dev.parallax.text.Span;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds direct quotations in a document and attributes each to its speaker.
 *
 * <pre>{@code
 * QuoteExtractor x = QuoteExtractor.defaults();
 * x.extract(Document.of("a.txt", "Ana Ruiz arrived. “We are ready,” she said."));
 * // [Quote[span=[19, 32), text=We are ready, speaker=Speaker[span=[35, 38), text=she,
 * //        id=~ruiz-ana, name=Ana Ruiz], partial=false, delimiter=marks, cue=said]]
 * }</pre>
 *
 * <p>Quote marks of every common style are paired per paragraph ({@code “…”}, {@code „…“},
 * {@code «…»}, {@code »…«}, {@code ‘…’}, {@code "…"} and more, nested styles too), with the news
 * convention for quotes running over several paragraphs, and dash-introduced speech ({@code — Мы
 * готовы, — сказал он.}). Titles, names and scare quotes ({@code the “Fox News Sunday”
 * broadcast}, {@code a “possible future” ceasefire}) are told apart from quotations by where the
 * quoted words stand and whether a speech cue governs them; a quoted fragment inside the
 * reporter's sentence is kept and marked {@link Quote#partial()}.
 *
 * <p>The speaker is the mention next to a speech cue ({@code said}, {@code sagte}, {@code
 * заявил}, {@code according to}, {@code по словам}, {@code a déclaré}, {@code X: «…»}) before,
 * after or between the quoted pieces; a pronoun or description keeps its local span and is linked
 * to the nearest preceding named person. Offsets are UTF-16 indices into {@link Document#text()}.
 *
 * <p>Linear in the text length, whatever the marks. Immutable and safe for concurrent use.
 */
public final class QuoteExtractor {
    private static final int BACK_WINDOW = 60;
    private static final int AFTER_WINDOW = 8;

    private static final Set<String> SKIP_BEFORE_CUE = words(
            "also",
            "has",
            "had",
            "have",
            "later",
            "then",
            "previously",
            "once",
            "recently",
            "repeatedly",
            "reportedly",
            "again",
            "further",
            "would",
            "will",
            "could",
            "might",
            "did",
            "does",
            "simply",
            "just",
            "often",
            "always",
            "never",
            "frequently",
            "once",
            "publicly",
            "privately",
            "quickly",
            "flatly",
            "auch",
            "zudem",
            "außerdem",
            "ferner",
            "bereits",
            "weiter",
            "damals",
            "jetzt",
            "hat",
            "habe",
            "hatte",
            "также",
            "тоже",
            "уже",
            "ранее",
            "же",
            "також",
            "вже",
            "раніше",
            "aussi",
            "également");
    private static final int APPOSITION_WINDOW = 30;
    private static final Set<String> DETERMINERS = words(
            "the", "a", "an", "this", "his", "her", "their", "its", "our", "my", "your", "one", "another", "der", "die",
            "das", "ein", "eine", "dieser", "diese", "sein", "seine", "ihr", "ihre", "le", "la", "les", "l", "un",
            "une", "ce", "cette", "son", "sa", "ses");
    /** Prepositions that open a noun phrase: a quoted stretch right after one that modifies a noun is a term. */
    private static final Set<String> NOUN_PHRASE_OPENERS = words(
            "to", "of", "in", "on", "at", "by", "for", "from", "with", "under", "about", "nach", "mit", "von", "vom",
            "zum", "zur", "im", "am", "beim", "für", "über", "unter", "des", "dem", "den", "einen", "einem", "einer",
            "по", "в", "во", "на", "о", "об", "с", "со", "для", "под", "за", "de", "du", "des", "à", "au", "aux",
            "pour", "sur", "avec");
    /** Words that cannot be the noun a quoted modifier belongs to: the quote ends its phrase there. */
    private static final Set<String> FUNCTION_WORDS = words(
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "if",
            "when",
            "while",
            "because",
            "since",
            "after",
            "before",
            "than",
            "then",
            "is",
            "was",
            "were",
            "are",
            "be",
            "been",
            "has",
            "have",
            "had",
            "will",
            "would",
            "can",
            "could",
            "should",
            "may",
            "might",
            "not",
            "into",
            "over",
            "against",
            "during",
            "until",
            "unless",
            "though",
            "although",
            "where",
            "there",
            "this",
            "it",
            "he",
            "she",
            "they",
            "we",
            "der",
            "die",
            "das",
            "dass",
            "ist",
            "sei",
            "war",
            "wurde",
            "werde",
            "hat",
            "habe",
            "wenn",
            "weil",
            "als",
            "wie",
            "zu",
            "sich",
            "auch",
            "nicht",
            "что",
            "как",
            "это",
            "не",
            "бы",
            "qui",
            "que",
            "est",
            "a");

    private static final Set<String> STOP_RIGHT = words(
            "on",
            "in",
            "at",
            "to",
            "that",
            "am",
            "im",
            "zu",
            "dass",
            "und",
            "and",
            "when",
            "after",
            "before",
            "during",
            "while",
            "um",
            "für",
            "mit",
            "with",
            "last",
            "this",
            "yesterday",
            "today",
            "gestern",
            "heute",
            "bei",
            "on",
            "about",
            "of",
            "as",
            "who",
            "which",
            "for",
            "from",
            "by",
            "vor",
            "nach",
            "gegenüber",
            "den",
            "dem",
            "was",
            "is",
            "are",
            "were",
            "would",
            "will",
            "has",
            "had",
            "have",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "er",
            "es",
            "wir",
            "ich",
            "через",
            "в",
            "во",
            "на",
            "что",
            "журналистам",
            "dans",
            "que",
            "à",
            "au");
    /** Words that open a new clause: a cue after one of them right after a quote is not its cue. */
    private static final Set<String> CLAUSE_OPENERS = words(
            "but",
            "and",
            "or",
            "when",
            "while",
            "as",
            "because",
            "if",
            "though",
            "although",
            "until",
            "whereas",
            "aber",
            "und",
            "oder",
            "als",
            "wenn",
            "während",
            "weil",
            "obwohl",
            "но",
            "а",
            "и",
            "когда",
            "хотя",
            "але",
            "і",
            "коли",
            "хоча",
            "mais",
            "et",
            "quand",
            "lorsque");
    /** Words that open a reported clause: a cue followed by one governs that clause. */
    private static final Set<String> COMPLEMENTISERS =
            words("that", "dass", "daß", "ob", "что", "чтобы", "що", "щоб", "que", "qu");

    private static final Set<String> PREPOSITIONS = words(
            "of",
            "in",
            "on",
            "at",
            "through",
            "from",
            "with",
            "by",
            "for",
            "about",
            "into",
            "under",
            "over",
            "among",
            "between",
            "against",
            "von",
            "mit",
            "bei",
            "aus",
            "für",
            "über",
            "unter",
            "zwischen",
            "gegen",
            "в",
            "во",
            "на",
            "с",
            "со",
            "из",
            "у",
            "для",
            "от",
            "о",
            "об",
            "при",
            "з",
            "зі",
            "від",
            "de",
            "du",
            "des",
            "dans",
            "avec",
            "pour",
            "par",
            "sur");
    /** Conjunctions that open a verb-final clause: its subject follows them. */
    private static final Set<String> SUBORDINATORS =
            words("indem", "weil", "da", "nachdem", "als", "wenn", "obwohl", "während", "dass", "ob", "wie", "wobei");

    private static final Set<String> NAMING_WORDS = words("als", "wie");
    private static final Set<String> GERMAN_ARTICLES = words(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "dieser",
            "diese", "diesem", "diesen", "dieses");
    private static final Set<String> ACCUSATIVE_DATIVE =
            words("den", "dem", "einen", "einem", "diesen", "diesem", "ihn", "ihm", "uns", "mir", "mich");
    private static final Set<String> GERMAN_OBJECT_PRONOUNS = words("ihn", "ihm", "ihr", "sie", "es", "sich", "uns");
    private static final Set<String> GERMAN_SUBJECT_PRONOUNS = words("er", "ich", "wir", "он", "она", "они");

    private static final Set<String> GERMAN_AUXILIARIES = words(
            "hat", "hatte", "habe", "hätte", "haben", "hatten", "ist", "war", "sei", "wird", "wurde", "würde", "werde",
            "soll", "sollte", "will", "wollte", "kann", "konnte", "muss", "musste");
    /** Relative pronouns that stand for the speaker right before a cue ({@code Wonder, who joked}). */
    private static final Set<String> RELATIVES =
            words("who", "which", "который", "которая", "которые", "котрий", "яка", "які", "qui");

    private static final Set<String> NO_SPEAKER_LEFT = words(
            "by", "of", "in", "on", "at", "for", "with", "from", "into", "about", "than", "like", "von", "mit", "für",
            "bei", "aus", "nach", "über", "unter", "в", "на", "с", "по", "par", "pour", "avec", "it", "that", "this",
            "which", "who", "what", "there", "here", "es", "das", "dies", "was", "это", "что", "це", "що", "il", "ce",
            "cela", "and", "but", "or", "und", "aber", "oder", "и", "но", "і", "але", "et", "mais", "so", "to", "be",
            "been", "being", "not", "nicht", "не");
    private static final Set<String> TITLE_CUES = words(
            "titled",
            "entitled",
            "headlined",
            "dubbed",
            "nicknamed",
            "named",
            "hashtag",
            "slogan",
            "motto",
            "book",
            "film",
            "movie",
            "song",
            "album",
            "show",
            "program",
            "programme",
            "series",
            "operation",
            "campaign",
            "titel",
            "motto",
            "buch",
            "film",
            "lied",
            "song",
            "album",
            "sendung",
            "serie",
            "aktion",
            "programm",
            "projekt",
            "kampagne",
            "operation",
            "namens",
            "genannt",
            "sogenannte",
            "sogenannten",
            "sogenannter",
            "zeitung",
            "magazin",
            "magazins",
            "zeitschrift",
            "stück",
            "roman",
            "band",
            "gruppe",
            "verein",
            "partei",
            "slogan",
            "schlagzeile",
            "bewegung",
            "initiative",
            "фильм",
            "книга",
            "операция",
            "партия",
            "газета",
            "журнал",
            "программа",
            "формула",
            "так",
            "называемый",
            "називаємий",
            "titre",
            "journal");

    private static final Set<String> TITLE_PREPOSITIONS = words(
            "on", "of", "in", "at", "from", "with", "the", "im", "in", "auf", "bei", "der", "des", "dem", "vom", "в",
            "на", "из", "во", "sur", "dans", "du", "de");
    private static final Set<String> ABBREVIATED_TITLES =
            words("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "lt", "col", "prof");
    private static final Set<String> ENGLISH_MARKERS =
            words("the", "and", "of", "to", "is", "was", "that", "with", "for", "have", "has");
    private static final Set<String> OTHER_MARKERS = words(
            "der", "die", "und", "das", "ist", "nicht", "den", "mit", "von", "zu", "и", "в", "не", "что", "на", "с",
            "та", "що", "є", "le", "la", "et", "les", "des", "est", "une", "dans");

    private static final Set<String> GERMAN_MARKERS =
            words("der", "die", "und", "das", "ist", "nicht", "den", "mit", "von", "zu", "sich", "dem", "auf");
    private final QuoteLexicon lexicon;
    private final SpeakerNames names;

    /** A set that tolerates repeats, so the word lists can be edited freely. */
    private static Set<String> words(String... ws) {
        return Set.copyOf(Arrays.asList(ws));
    }

    private QuoteExtractor(QuoteLexicon lexicon, SpeakerNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** An extractor with the built-in cue lists and capitalised-name guessing. */
    public static QuoteExtractor defaults() {
        return new QuoteExtractor(QuoteLexicon.builtIn(), SpeakerNames.capitalised());
    }

    /** The same extractor taking speaker names (and their entity ids) from {@code names}. */
    public QuoteExtractor withNames(SpeakerNames names) {
        return new QuoteExtractor(lexicon, Objects.requireNonNull(names, "names"));
    }

    /** The quotations of a document, in text order. */
    public List<Quote> extract(Document doc) {
        return new Run(doc).extract(null);
    }

    /**
     * Quoted stretches that were not taken as quotations (titles, names, scare quotes, dash lists),
     * each with the reason, so that nothing is dropped silently.
     */
    public List<Rejected> rejected(Document doc) {
        List<Rejected> out = new ArrayList<>();
        new Run(doc).extract(out);
        return List.copyOf(out);
    }

    /**
     * A quoted stretch that is not a quotation.
     *
     * @param span the words between the marks, UTF-16 indices
     * @param text those words
     * @param reason why it was not taken, e.g. {@code "title or name (score -2: 3 words, no cue)"}
     */
    public record Rejected(Span span, String text, String reason) {}

    /** One document's working state: token arrays and the stretches found. */
    private final class Run {
        final String text;
        final List<Token> tokens;
        final int[] starts;
        final String[] lower;
        final int[] quoteOf; // top-level stretch index covering a token, -1 outside quotes
        final int[] sentence; // sentence number of each token, counted outside quotes
        final int[] paragraph;
        final int[] nameOf; // index into mentions, -1 when the token is in no name
        final List<NameMention> mentions;
        final List<QuoteMarks.Stretch> stretches;
        /**
         * How much evidence a quoted stretch needs: English news quotes marks almost only around
         * words somebody said, while German and Russian news also quote names, titles and terms.
         */
        final int threshold;
        /** German capitalises its nouns, so a lower-case word after a quote is no noun it modifies. */
        final boolean germanLike;

        Run(Document doc) {
            this.text = doc.text();
            this.tokens = Tokenizer.tokenize(text);
            int n = tokens.size();
            starts = new int[n];
            lower = new String[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                starts[i] = t.start();
                lower[i] = t.isWord() ? t.text().toLowerCase(Locale.ROOT) : t.text();
            }
            List<QuoteMarks.Stretch> all = QuoteMarks.scan(text);
            List<QuoteMarks.Stretch> top = new ArrayList<>();
            for (QuoteMarks.Stretch s : all) {
                if (s.depth() == 0) {
                    top.add(s);
                }
            }
            stretches = top;
            quoteOf = new int[n];
            Arrays.fill(quoteOf, -1);
            for (int q = 0; q < top.size(); q++) {
                QuoteMarks.Stretch s = top.get(q);
                for (int i = tokenAt(s.open()); i < n && starts[i] < s.close(); i++) {
                    quoteOf[i] = q;
                }
            }
            sentence = new int[n];
            paragraph = new int[n];
            int sent = 0;
            int para = 0;
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    if (newlineBetween(tokens.get(i - 1).end(), starts[i])) {
                        para++;
                        sent++;
                    } else if ((quoteOf[i - 1] < 0 && isSentenceEnd(i - 1)) || quoteEndsSentence(i)) {
                        sent++;
                    }
                }
                sentence[i] = sent;
                paragraph[i] = para;
            }
            numbered = true;
            threshold = englishLike() ? -1 : 2;
            germanLike = germanLike();
            if (names instanceof CapitalisedNames c) {
                mentions = c.find(text, tokens);
            } else if (names instanceof LinkedSpeakerNames l) {
                mentions = l.find(doc, tokens);
            } else {
                mentions = names.find(doc);
            }
            nameOf = new int[n];
            Arrays.fill(nameOf, -1);
            for (int m = 0; m < mentions.size(); m++) {
                Span sp = mentions.get(m).span();
                for (int i = tokenAt(sp.start()); i < n && starts[i] < sp.end(); i++) {
                    nameOf[i] = m;
                }
            }
        }

        boolean englishLike() {
            int en = 0;
            int other = 0;
            // the first few thousand words decide; enough for any language signal
            for (int i = 0; i < lower.length && i < 1500; i++) {
                String w = lower[i];
                if (w.length() > 5) {
                    continue; // every marker word is short
                }
                if (ENGLISH_MARKERS.contains(w)) {
                    en++;
                } else if (OTHER_MARKERS.contains(w)) {
                    other++;
                }
            }
            return en >= other;
        }

        boolean germanLike() {
            int de = 0;
            int other = 0;
            for (int i = 0; i < lower.length && i < 1500; i++) {
                if (GERMAN_MARKERS.contains(lower[i])) {
                    de++;
                } else if (ENGLISH_MARKERS.contains(lower[i]) || OTHER_MARKERS.contains(lower[i])) {
                    other++;
                }
            }
            return de > other;
        }

        /**
         * True when token {@code i} opens a new sentence after a quotation that ended its own
         * sentence inside the marks ({@code “We won.” Trump left the stage}), unless the speech cue
         * of that quotation follows ({@code “We won!” Trump said}).
         */
        boolean quoteEndsSentence(int i) {
            if (i < 1 || quoteOf[i - 1] < 0 || quoteOf[i] >= 0 || !tokens.get(i).isWord()) {
                return false;
            }
            QuoteMarks.Stretch s = stretches.get(quoteOf[i - 1]);
            if (s.close() <= s.contentEnd()
                    || starts[i] <= tokens.get(i - 1).end()
                    || !tokens.get(i).isCapitalized()
                    || ".!?…".indexOf(lastVisible(s.contentStart(), s.contentEnd())) < 0) {
                return false;
            }
            for (int x = i; x < tokens.size() && x < i + 4 && quoteOf[x] < 0; x++) {
                QuoteLexicon.Cue cue = cueAt(x);
                if (cue != null) {
                    return !shortClauseAfter(x + cue.words().size());
                }
                if (isClauseEnd(x) || lower[x].equals(",")) {
                    break;
                }
            }
            return true;
        }

        boolean newlineBetween(int from, int to) {
            for (int x = from; x < to; x++) {
                if (text.charAt(x) == '\n' || text.charAt(x) == '\r') {
                    return true;
                }
            }
            return false;
        }

        boolean isSentenceEnd(int i) {
            String t = tokens.get(i).text();
            if (!(t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…"))) {
                return false;
            }
            if (t.equals(".") && i > 0 && tokens.get(i - 1).end() == starts[i]) {
                String w = tokens.get(i - 1).text();
                // initials and titles ("E. Burman", "Sen. Cruz") do not end sentences
                if (w.length() == 1 && Character.isUpperCase(w.charAt(0))
                        || ABBREVIATED_TITLES.contains(lower[i - 1])) {
                    return false;
                }
            }
            return i + 1 >= tokens.size() || starts[i + 1] > tokens.get(i).end();
        }

        /** Index of the first token starting at or after a UTF-16 index. */
        int tokenAt(int index) {
            int k = Arrays.binarySearch(starts, index);
            return k >= 0 ? k : -k - 1;
        }

        List<Quote> extract(List<Rejected> rejected) {
            int m = stretches.size();
            Attribution[] attr = new Attribution[m];
            for (int q = 0; q < m; q++) {
                attr[q] = attribute(q);
            }
            // a quote running over paragraphs has one speaker
            for (int q = 1; q < m; q++) {
                if (stretches.get(q).continued() && attr[q] == null && attr[q - 1] != null) {
                    attr[q] = attr[q - 1].inherited();
                }
            }
            for (int q = m - 2; q >= 0; q--) {
                if (stretches.get(q).continues() && attr[q] == null && attr[q + 1] != null) {
                    attr[q] = attr[q + 1].inherited();
                }
            }
            shareWithinSentences(attr);
            // "“…,” he said." then a paragraph that is nothing but a quotation: the same speaker goes on
            for (int q = 1; q < m; q++) {
                if (attr[q] == null && attr[q - 1] != null && fillsParagraph(q) && paragraphBefore(q - 1, q)) {
                    attr[q] = attr[q - 1].inherited();
                }
            }
            List<Quote> out = new ArrayList<>();
            boolean prevAccepted = false;
            for (int q = 0; q < m; q++) {
                QuoteMarks.Stretch s = stretches.get(q);
                boolean chain = (s.continued() && prevAccepted);
                if (!chain && !isQuotation(q, attr[q])) {
                    prevAccepted = false;
                    if (rejected != null) {
                        rejected.add(new Rejected(
                                new Span(s.contentStart(), s.contentEnd()),
                                text.substring(s.contentStart(), s.contentEnd()),
                                lastReason));
                    }
                    continue;
                }
                prevAccepted = true;
                int cs = s.contentStart();
                int ce = s.contentEnd();
                if (attr[q] != null
                        && ":".equals(attr[q].cue)
                        && attr[q].from >= 0
                        && starts[attr[q].from] >= cs
                        && attr[q].to < tokens.size()
                        && tokens.get(attr[q].to).end() <= ce) {
                    cs = tokens.get(attr[q].to).end(); // a transcript label is not part of the words
                }
                while (cs < ce && Character.isWhitespace(text.charAt(cs))) {
                    cs++;
                }
                while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
                    ce--;
                }
                if (ce <= cs) {
                    continue;
                }
                Speaker sp = attr[q] == null ? null : speaker(attr[q]);
                out.add(new Quote(
                        new Span(cs, ce),
                        text.substring(cs, ce),
                        sp,
                        isPartial(s),
                        s.kind() == QuoteMarks.Kind.DASH ? "dash" : "marks",
                        attr[q] == null ? null : attr[q].cue));
            }
            return List.copyOf(out);
        }

        /**
         * The pieces of one sentence ({@code „A“ hätten „B“, so Murtha}) share the speaker that a
         * cue names next to one of them, unless a cue of their own names another.
         */
        void shareWithinSentences(Attribution[] attr) {
            int m = stretches.size();
            int[] sent = new int[m];
            for (int q = 0; q < m; q++) {
                int t = tokenAt(stretches.get(q).open());
                sent[q] = t < tokens.size() ? sentence[t] : -1;
            }
            Attribution[] shared = attr.clone();
            // nearest local attribution before and after each stretch within its sentence, in two passes
            int[] localBefore = new int[m];
            for (int q = 0, last = -1; q < m; q++) {
                if (q > 0 && sent[q] != sent[q - 1]) {
                    last = -1;
                }
                localBefore[q] = last;
                if (attr[q] != null && attr[q].local) {
                    last = q;
                }
            }
            for (int q = m - 1, next = -1; q >= 0; q--) {
                if (q < m - 1 && sent[q] != sent[q + 1]) {
                    next = -1;
                }
                if (!(attr[q] != null && attr[q].local)) {
                    int b = localBefore[q];
                    if (b >= 0 && (next < 0 || q - b <= next - q)) {
                        shared[q] = attr[b];
                    } else if (next >= 0) {
                        shared[q] = attr[next];
                    }
                } else {
                    next = q;
                }
            }
            System.arraycopy(shared, 0, attr, 0, m);
        }

        /** True when the paragraph of stretch q holds nothing outside the stretch but punctuation. */
        boolean fillsParagraph(int q) {
            QuoteMarks.Stretch s = stretches.get(q);
            int open = tokenAt(s.open());
            if (open >= tokens.size()) {
                return false;
            }
            if (paragraphWords == null) {
                int count = paragraph[tokens.size() - 1] + 1;
                paragraphWords = new int[count][];
                for (int i = 0; i < tokens.size(); i++) {
                    if (!tokens.get(i).isWord()) {
                        continue;
                    }
                    int[] w = paragraphWords[paragraph[i]];
                    if (w == null) {
                        w = paragraphWords[paragraph[i]] = new int[] {0, Integer.MAX_VALUE, -1};
                    }
                    if (quoteOf[i] < 0) {
                        w[0]++;
                    } else {
                        w[1] = Math.min(w[1], quoteOf[i]);
                        w[2] = Math.max(w[2], quoteOf[i]);
                    }
                }
            }
            int[] w = paragraphWords[paragraph[open]];
            return w != null && w[0] == 0 && w[1] == q && w[2] == q;
        }

        /** Per paragraph: words outside quotes, first and last stretch holding words. */
        int[][] paragraphWords;

        /** True when stretch p ends in the paragraph right before the one where stretch q opens. */
        boolean paragraphBefore(int p, int q) {
            int end = tokenAt(stretches.get(p).close()) - 1;
            int open = tokenAt(stretches.get(q).open());
            return end >= 0 && open < tokens.size() && paragraph[end] + 1 == paragraph[open];
        }

        // ---------------------------------------------------------------- classification

        String lastReason = "";

        boolean isQuotation(int q, Attribution a) {
            QuoteMarks.Stretch s = stretches.get(q);
            int words = 0;
            int capitalised = 0;
            int longLower = 0; // lower-case words of 4+ letters: adjectives, verbs, adverbs
            int longCapitalised = 0;
            boolean startsLower = false;
            int firstTok = tokenAt(s.contentStart());
            int lastTok = firstTok;
            for (int i = firstTok; i < tokens.size() && starts[i] < s.contentEnd(); i++) {
                Token t = tokens.get(i);
                if (i == firstTok) {
                    startsLower = t.isWord() && Character.isLowerCase(t.text().codePointAt(0));
                }
                if (t.isWord()) {
                    words++;
                    if (t.isCapitalized()) {
                        capitalised++;
                        if (t.text().length() >= 4) {
                            longCapitalised++;
                        }
                    } else if (t.text().length() >= 4) {
                        longLower++;
                    }
                }
                lastTok = i;
            }
            if (words == 0) {
                lastReason = "no words between the marks";
                return false;
            }
            if (s.kind() == QuoteMarks.Kind.DASH) {
                lastReason = "dash line without a speech cue (a list item?)";
                return a != null || s.close() > s.contentEnd() || introducedBySpeechAndColon(s.open());
            }
            char last = lastVisible(s.contentStart(), s.contentEnd());
            boolean endsPunct = ".,!?…;:".indexOf(last) >= 0;
            int score = 0;
            if (a != null && a.local) {
                score += 3;
            } else if (cueRightAfter(tokenAt(s.close()))) {
                score += 3; // "«…», — заявили в министерстве": the cue is there even when its speaker is not
            } else if (a != null && !a.weak) {
                score += 1;
            }
            if (words >= 4) {
                score++;
            }
            if (words >= 8) {
                score++;
            }
            int opener = tokenAt(s.open()) - 1;
            boolean afterColon = opener >= 0 && quoteOf[opener] < 0 && lower[opener].equals(":");
            // after "заявили:" the first word is capitalised because it opens the quoted sentence (German
            // capitalises every noun, so there it tells nothing)
            boolean nameLike = words >= 2
                    && longLower == 0
                    && longCapitalised >= (afterColon && !germanLike ? 3 : 2)
                    && last != '!'
                    && last != '?';
            if (endsPunct && !nameLike) {
                score++;
            }
            if (!endsPunct && words <= 2) {
                score--;
            }
            boolean wording = startsLower || longLower >= 1 || words >= 3; // not a lone name or noun
            if (germanLike
                    && ((wording && subjunctiveSentence(firstTok)) || namingConstruction(tokenAt(s.open()) - 1))) {
                // German reported speech: the subjunctive, or "bezeichnete … als „…“"
                score += 2;
            }
            boolean headline = headlineParagraph(firstTok);
            if (!endsPunct && capitalised == words && words <= 6 && !headline) {
                score -= 2;
            }
            // names and titles are capitalised noun phrases; quoted wording carries verbs and adjectives
            if (startsLower || longLower >= 2) {
                score += 3;
            }
            // every long word capitalised: a name or title ("Face the Nation", "Union pour un Mouvement
            // Populaire"), unless the whole paragraph is written so (a headline)
            if (nameLike && !headline) {
                score -= 3;
                int b = tokenAt(s.open()) - 1;
                if (b >= 0
                        && quoteOf[b] < 0
                        && (TITLE_PREPOSITIONS.contains(lower[b])
                                || lower[b].endsWith("'s")
                                || lower[b].endsWith("’s"))) {
                    score -= 2; // on CBS's “Face the Nation”, in „Der Spiegel“
                }
            }
            int before = tokenAt(s.open()) - 1;
            int after = tokenAt(s.close());
            if (before >= 0 && quoteOf[before] < 0 && TITLE_CUES.contains(lower[before])) {
                score -= 3;
            }
            if (before >= 1 && lower[before].equals("-") && lower[before - 1].equals("so")) {
                score -= 3; // so-called
            }
            if (!endsPunct
                    && after < tokens.size()
                    && tokens.get(after).isWord()
                    && quoteOf[after] < 0
                    && paragraph[after] == paragraph[lastTok]
                    && !tokens.get(after).isCapitalized()
                    && lexicon.cuesStartingWith(lower[after]).isEmpty()
                    && lexicon.pronoun(lower[after]) == null
                    && !Set.of("and", "or", "but", "und", "oder", "и", "і", "et", "as", "to")
                            .contains(lower[after])) {
                // the quoted words modify a noun that follows: the “1000 to 1000” formula
                score -= 3;
                if (lastTok > firstTok // one quoted word is a speaker's word as often as a term
                        && !germanLike
                        && before >= 0
                        && quoteOf[before] < 0
                        && (DETERMINERS.contains(lower[before]) || NOUN_PHRASE_OPENERS.contains(lower[before]))
                        && !NOUN_PHRASE_OPENERS.contains(lower[after])
                        && !FUNCTION_WORDS.contains(lower[after])
                        && !cueGoverns(before)) {
                    // inside a noun phrase (determiner or preposition … noun): a term, whatever cue is near
                    lastReason = "not a quotation: a term inside a noun phrase (" + lower[before] + " … " + lower[after]
                            + ")";
                    return false;
                }
            }
            if (!germanLike
                    && words <= 3
                    && !endsPunct
                    && (a == null || !a.local)
                    && !headlineParagraph(firstTok) // headlines quote without cues: Flynn Says Trump ‘Right’
                    && (sentenceFlags()[sentence[firstTok]] & HAS_CUE) == 0) {
                score -= 2; // a short phrase in a sentence that reports nobody's speech: a term or scare quote
            }
            lastReason = "not a quotation: score " + score + " (" + words + " words, "
                    + (a == null ? "no speech cue" : a.local ? "cue " + a.cue : "cue nearby " + a.cue)
                    + (endsPunct ? ", ends with punctuation" : "") + ")";
            return score >= threshold;
        }

        /**
         * True when a speech cue stands among the few words before token {@code k} of the same
         * sentence: {@code called her a “disgrace”} quotes the speaker's word, not a term.
         */
        boolean cueGoverns(int k) {
            for (int i = k; i >= 0 && i > k - 6 && quoteOf[i] < 0 && sentence[i] == sentence[k]; i--) {
                QuoteLexicon.Cue c = cueAt(i);
                if (c != null
                        && (c.kind() == QuoteLexicon.CueKind.VERB
                                || c.kind() == QuoteLexicon.CueKind.VERBO
                                || c.kind() == QuoteLexicon.CueKind.PART)) {
                    return true;
                }
            }
            return false;
        }

        /** True when the sentence of token {@code tok} holds a German subjunctive outside quotes. */
        boolean subjunctiveSentence(int tok) {
            return (sentenceFlags()[sentence[tok]] & HAS_SUBJUNCTIVE) != 0;
        }

        /**
         * True when the words before a quote name what a speaker calls something: {@code
         * bezeichnete das Schreiben als „…“}, {@code Sprüche wie „…“} (a cue governs the clause and
         * {@code als} or {@code wie} stands right before the quote, an article between).
         */
        boolean namingConstruction(int before) {
            int b = before;
            if (b >= 0 && quoteOf[b] < 0 && GERMAN_ARTICLES.contains(lower[b])) {
                b--;
            }
            if (b < 0 || quoteOf[b] >= 0 || !NAMING_WORDS.contains(lower[b])) {
                return false;
            }
            int sent = sentence[b];
            for (int i = b; i >= 0 && i > b - 12 && quoteOf[i] < 0 && sentence[i] == sent; i--) {
                QuoteLexicon.Cue c = cueAt(i);
                if (c != null && c.kind() != QuoteLexicon.CueKind.PREP && c.kind() != QuoteLexicon.CueKind.PREPQ) {
                    return true;
                }
            }
            return false;
        }

        /** Per paragraph: 1 when it writes every long word capitalised (a headline), 2 when not, 0 unknown. */
        byte[] headline;
        /** Set once sentences and paragraphs are numbered. */
        boolean numbered;

        /**
         * True when token k stands in a headline ({@code Lindsey Graham Says}), where a capitalised
         * cue is still a cue. Known only once the paragraphs are numbered.
         */
        boolean headlineParagraph(int k) {
            if (!numbered || k >= tokens.size()) {
                return false;
            }
            if (headline == null) {
                headline = new byte[paragraph[tokens.size() - 1] + 1];
            }
            int para = paragraph[k];
            if (headline[para] == 0) {
                // only this paragraph's words: a cue word is rare enough that most are never looked at
                int first = k;
                while (first > 0 && paragraph[first - 1] == para) {
                    first--;
                }
                int upper = 0;
                int low = 0;
                for (int i = first; i < tokens.size() && paragraph[i] == para; i++) {
                    Token t = tokens.get(i);
                    if (quoteOf[i] < 0 && t.isWord() && t.text().length() >= 4) {
                        if (t.isCapitalized()) {
                            upper++;
                        } else {
                            low++;
                        }
                    }
                }
                headline[para] = (byte) (upper >= 2 && low == 0 ? 1 : 2);
            }
            return headline[paragraph[k]] == 1;
        }

        /** True when a speech verb follows the closing mark after at most a comma and a dash. */
        boolean cueRightAfter(int closeTok) {
            int i = closeTok;
            int skipped = 0;
            while (i < tokens.size()
                    && skipped < 3
                    && quoteOf[i] < 0
                    && !tokens.get(i).isWord()
                    && (lower[i].equals(",") || lower[i].equals("-") || QuoteMarks.isDash(lower[i].charAt(0)))) {
                i++;
                skipped++;
            }
            if (skipped == 0 || i >= tokens.size() || quoteOf[i] >= 0) {
                return false;
            }
            QuoteLexicon.Cue cue = cueAt(i);
            return cue != null && cue.kind() != QuoteLexicon.CueKind.POST;
        }

        /** {@code Он сказал:} closing the previous paragraph introduces dash speech. */
        boolean introducedBySpeechAndColon(int at) {
            int k = tokenAt(at) - 1;
            if (k < 0 || !lower[k].equals(":")) {
                return false;
            }
            for (int i = k - 1; i >= 0 && i > k - 15 && paragraph[i] == paragraph[k]; i--) {
                if (cueAt(i) != null) {
                    return true;
                }
            }
            return false;
        }

        char lastVisible(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && !QuoteMarks.isMarkChar(c)) {
                    return c;
                }
            }
            return ' ';
        }

        boolean isPartial(QuoteMarks.Stretch s) {
            if (s.continued() || s.kind() == QuoteMarks.Kind.DASH) {
                return false;
            }
            int i = s.open() - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
                i--;
            }
            boolean midSentence = i >= 0 && (Character.isLetterOrDigit(text.charAt(i)));
            int c = s.contentStart();
            boolean lowerStart = c < text.length() && Character.isLowerCase(text.charAt(c));
            return midSentence || lowerStart;
        }

        // ---------------------------------------------------------------- attribution

        /** A speaker mention found for a stretch: token range and the cue. */
        final class Attribution {
            final int from;
            final int to;
            final String cue;
            final boolean local;
            /** Found too far from the quote to say anything about whether it is a quotation. */
            final boolean weak;

            Attribution(int from, int to, String cue, boolean local) {
                this(from, to, cue, local, false);
            }

            Attribution(int from, int to, String cue, boolean local, boolean weak) {
                this.from = from;
                this.to = to;
                this.cue = cue;
                this.local = local;
                this.weak = weak;
            }

            Attribution inherited() {
                return new Attribution(from, to, cue, false, weak);
            }

            Attribution weakened() {
                return new Attribution(from, to, cue, false, true);
            }
        }

        Attribution attribute(int q) {
            QuoteMarks.Stretch s = stretches.get(q);
            int openTok = tokenAt(s.open());
            int closeTok = tokenAt(s.close());
            boolean closerThenComma = closeTok < tokens.size()
                    && (lower[closeTok].equals(",") || lastVisible(s.contentStart(), s.contentEnd()) == ',');
            boolean afterColon = openTok > 0 && lower[openTok - 1].equals(":") && quoteOf[openTok - 1] < 0;
            Attribution a;
            if (closerThenComma || (!isPartial(s) && !afterColon)) {
                a = after(q, closeTok);
                if (a == null) {
                    a = before(q, openTok, true);
                }
            } else {
                a = before(q, openTok, true);
                if (a == null) {
                    a = after(q, closeTok);
                }
            }
            if (a == null) {
                a = colon(openTok);
            }
            if (a != null) {
                return a;
            }
            a = label(s);
            if (a == null) {
                a = paragraphColon(openTok);
            }
            if (a == null) {
                a = trailingName(closeTok);
            }
            if (a == null) {
                a = laterInSentence(closeTok);
            }
            if (a == null && !(germanLike && reportedSpeechGoesOn(openTok))) {
                a = subject(openTok, true);
            }
            if (a != null) {
                return a;
            }
            // the neighbouring sentences of the same paragraph
            a = before(q, openTok, false);
            if (a == null) {
                a = following(q, closeTok);
            }
            if (a == null) {
                a = subject(openTok, false);
            }
            return a;
        }

        /**
         * {@code “You squeezed employees” to drive up the price, she said}: a cue later in the
         * quote's own sentence, with no other quotation in between.
         */
        Attribution laterInSentence(int closeTok) {
            int n = tokens.size();
            if (closeTok >= n || closeTok == 0) {
                return null;
            }
            int para = paragraph[closeTok - 1];
            int sent = sentence[closeTok];
            for (int k = closeTok; k < n && k < closeTok + 40; k++) {
                if (paragraph[k] != para || quoteOf[k] >= 0 || sentence[k] != sent) {
                    return null;
                }
                QuoteLexicon.Cue cue = cueAt(k);
                if (cue == null || cue.kind() == QuoteLexicon.CueKind.PREPQ) {
                    continue;
                }
                // not local: a title can stand in such a sentence as well as a quotation can
                Attribution a = speakerFor(cue, k, closeTok, sentenceEndAfter(k), false);
                if (a != null) {
                    return a.weakened();
                }
            }
            return null;
        }

        /**
         * True when the quote's sentence has no speech cue of its own but the sentence before it in
         * the paragraph has one: German reported speech goes on over several sentences in the
         * subjunctive ({@code Von der Leyen betonte, … Sie seien „…“}), and the subject of the later
         * sentence is what the speaker talks about, not the speaker.
         */
        boolean reportedSpeechGoesOn(int openTok) {
            if (openTok <= 0 || openTok >= tokens.size()) {
                return false;
            }
            if (lower[openTok - 1].equals(":")) {
                return false; // a colon introduces the quote in its own sentence
            }
            int sent = sentence[openTok];
            int para = paragraph[openTok];
            int[] flags = sentenceFlags();
            if ((flags[sent] & HAS_CUE) != 0 || (flags[sent] & HAS_SUBJUNCTIVE) == 0) {
                return false;
            }
            // back over the sentences of the paragraph that go on in the subjunctive, to the one with the cue
            for (int p = sent - 1; p >= 0 && p >= sent - 4 && sentenceParagraph[p] == para; p--) {
                if ((flags[p] & HAS_CUE) != 0) {
                    return true;
                }
                if ((flags[p] & HAS_SUBJUNCTIVE) == 0) {
                    return false;
                }
            }
            return false;
        }

        static final int HAS_CUE = 1;
        static final int HAS_SUBJUNCTIVE = 2;
        int[] sentenceFlags;
        int[] sentenceParagraph;

        /** Per sentence: whether a speech cue and a German subjunctive stand in it outside quotes. */
        int[] sentenceFlags() {
            if (sentenceFlags == null) {
                int count = tokens.isEmpty() ? 0 : sentence[tokens.size() - 1] + 1;
                int[] flags = new int[count];
                int[] para = new int[count];
                for (int i = 0; i < tokens.size(); i++) {
                    para[sentence[i]] = paragraph[i];
                    if (quoteOf[i] >= 0 || !tokens.get(i).isWord()) {
                        continue;
                    }
                    if (cueAt(i) != null) {
                        flags[sentence[i]] |= HAS_CUE;
                    }
                    if (lexicon.germanSubjunctive(lower[i])) {
                        flags[sentence[i]] |= HAS_SUBJUNCTIVE;
                    }
                }
                sentenceParagraph = para;
                sentenceFlags = flags;
            }
            return sentenceFlags;
        }

        /** {@code Caddell continued:} ending the paragraph before a quotation that fills the next. */
        Attribution paragraphColon(int openTok) {
            int c = openTok - 1;
            if (c < 1 || !lower[c].equals(":") || paragraph[c] == paragraph[openTok] || quoteOf[c] >= 0) {
                return null;
            }
            for (int k = c - 1; k >= 0 && k > c - 15 && paragraph[k] == paragraph[c] && quoteOf[k] < 0; k--) {
                QuoteLexicon.Cue cue = cueAt(k);
                if (cue == null) {
                    continue;
                }
                int left = k;
                while (left > 0
                        && paragraph[left - 1] == paragraph[k]
                        && quoteOf[left - 1] < 0
                        && sentence[left - 1] == sentence[k]) {
                    left--;
                }
                Attribution a = speakerFor(cue, k, left, c, true);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }

        /** A transcript's speaker label inside the marks: "WALLACE: Let's start…". */
        Attribution label(QuoteMarks.Stretch s) {
            int i = tokenAt(s.contentStart());
            int e = i;
            while (e < tokens.size()
                    && e < i + 3
                    && tokens.get(e).isWord()
                    && isUpperWord(tokens.get(e).text())) {
                e++;
            }
            if (e > i && e < tokens.size() && lower[e].equals(":") && starts[e] < s.contentEnd()) {
                return new Attribution(i, e, ":", true);
            }
            return null;
        }

        boolean isUpperWord(String w) {
            return w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
        }

        /** “…” ― Adriana Ruiz: a name alone after the quote, closing its sentence or paragraph. */
        Attribution trailingName(int closeTok) {
            int n = tokens.size();
            int i = closeTok;
            int skipped = 0;
            while (i < n
                    && skipped < 2
                    && (lower[i].equals(",") || QuoteMarks.isDash(lower[i].charAt(0)) || lower[i].equals("-"))) {
                i++;
                skipped++;
            }
            if (skipped == 0
                    || i >= n
                    || nameOf[i] < 0
                    || quoteOf[i] >= 0
                    || (closeTok > 0 && paragraph[i] != paragraph[closeTok - 1])) {
                return null;
            }
            Span sp = mentions.get(nameOf[i]).span();
            int e = i;
            while (e < n && starts[e] < sp.end()) {
                e++;
            }
            if (e < n && paragraph[e] == paragraph[i] && quoteOf[e] < 0 && !isClauseEnd(e) && !lower[e].equals(",")) {
                return null;
            }
            return new Attribution(i, e, "―", true);
        }

        /**
         * The subject of the quote's sentence ({@code sameSentence}) or of the sentence before it in
         * the paragraph: a name or pronoun opening it, possibly after an introductory phrase.
         */
        Attribution subject(int openTok, boolean sameSentence) {
            if (openTok <= 0 || openTok >= tokens.size()) {
                return null;
            }
            int para = paragraph[openTok];
            int target = sentence[openTok];
            int k = openTok - 1;
            if (!sameSentence) {
                while (k >= 0 && paragraph[k] == para && sentence[k] == target) {
                    k--;
                }
                if (k < 0 || paragraph[k] != para) {
                    return null;
                }
            } else if (sentence[k] != target) {
                return null; // the quote opens its sentence: it has no subject before it
            }
            return subjectUpTo(k);
        }

        /** The subject of the sentence of token {@code k}, looking no further right than k. */
        Attribution subjectUpTo(int k) {
            if (k < 0) {
                return null;
            }
            int para = paragraph[k];
            int target = sentence[k];
            int first = k;
            while (first > 0 && first > k - 300 && sentence[first - 1] == target && paragraph[first - 1] == para) {
                first--;
            }
            if (first > 0 && sentence[first - 1] == target && paragraph[first - 1] == para) {
                return null; // no sentence runs that long: a run of marks or a list, not a subject to find
            }
            if (first > k) {
                return null;
            }
            // a one-word label before a colon ("Europapolitik: Die SPD will …") is no subject
            if (first + 2 <= k
                    && lower[first + 1].equals(":")
                    && tokens.get(first).isWord()
                    && nameOf[first] < 0) {
                first += 2;
            }
            // skip an introductory phrase up to its comma ("In an interview on Sunday, Ryan said …")
            int start = first;
            for (int x = first; x <= k && x < first + 12; x++) {
                if (quoteOf[x] >= 0) {
                    break;
                }
                if (lower[x].equals(",")) {
                    // "Senator Mary Cole spoke …, arguing": a title before a name opens no introductory phrase
                    if (nameOf[first] < 0
                            && lexicon.pronoun(lower[first]) == null
                            && (first + 1 > k || nameOf[first + 1] < 0)) {
                        start = x + 1;
                    }
                    break;
                }
            }
            // "Turkish Foreign Minister Hakan Fidan": a capitalised title run, then the name
            int run = start;
            while (run <= k
                    && run < start + 6
                    && quoteOf[run] < 0
                    && tokens.get(run).isWord()
                    && tokens.get(run).isCapitalized()
                    && nameOf[run] < 0) {
                run++;
            }
            if (run > start + 1
                    && run <= k
                    && quoteOf[run] < 0
                    && nameOf[run] >= 0
                    && mentions.get(nameOf[run]).person()) {
                Span sp = mentions.get(nameOf[run]).span();
                int e = run;
                while (e < tokens.size() && starts[e] < sp.end()) {
                    e++;
                }
                return new Attribution(start, e, null, false);
            }
            for (int x = start; x <= k && x < start + 3; x++) {
                if (quoteOf[x] >= 0) {
                    return null;
                }
                if (x == start
                        && (lexicon.pronoun(lower[x]) != null
                                || (lexicon.roleNoun(lower[x]) && (x + 1 > k || nameOf[x + 1] < 0)))) {
                    return new Attribution(x, x + 1, null, false); // "Protesters chanted …"
                }
                if (x == start
                        && DETERMINERS.contains(lower[x])
                        && x + 1 <= k
                        && tokens.get(x + 1).isWord()
                        && quoteOf[x + 1] < 0) {
                    int e = x + 2;
                    while (e <= k
                            && e < x + 4
                            && tokens.get(e).isWord()
                            && quoteOf[e] < 0
                            && tokens.get(e).isCapitalized()) {
                        e++;
                    }
                    return new Attribution(x, e, null, false);
                }
                if (nameOf[x] >= 0) {
                    Span sp = mentions.get(nameOf[x]).span();
                    int e = x;
                    while (e < tokens.size() && starts[e] < sp.end()) {
                        e++;
                    }
                    // "Turkish Foreign Minister Hakan Fidan": a title run before the person belongs to it
                    while (e < tokens.size()
                            && e <= k
                            && quoteOf[e] < 0
                            && tokens.get(e).isWord()
                            && tokens.get(e).isCapitalized()
                            && nameOf[e] != nameOf[x]) {
                        int next = e;
                        while (next <= k
                                && next < e + 2
                                && nameOf[next] < 0
                                && tokens.get(next).isCapitalized()) {
                            next++;
                        }
                        if (next > k
                                || nameOf[next] < 0
                                || !mentions.get(nameOf[next]).person()) {
                            break;
                        }
                        Span psp = mentions.get(nameOf[next]).span();
                        e = next;
                        while (e < tokens.size() && starts[e] < psp.end()) {
                            e++;
                        }
                    }
                    int from = x > start && lexicon.roleNoun(lower[x - 1]) ? x - 1 : x; // Senator Mary Cole
                    return new Attribution(from, e, null, false);
                }
            }
            return null;
        }

        /** {@code “…,” he said} / {@code „…“, sagte er} / {@code «…», — заявил он}. */
        Attribution after(int q, int closeTok) {
            int n = tokens.size();
            int i = closeTok;
            int punct = 0;
            while (i < n && !tokens.get(i).isWord() && punct < 3 && quoteOf[i] < 0) {
                String t = lower[i];
                if (!(t.equals(",") || QuoteMarks.isDash(t.charAt(0)) || t.equals("-") || t.equals("("))) {
                    return null;
                }
                punct++;
                i++;
            }
            if (i >= n || (closeTok > 0 && paragraph[i] != paragraph[closeTok - 1])) {
                return null;
            }
            int start = i;
            if (punct == 0 && tokens.get(start).isWord() && CLAUSE_OPENERS.contains(lower[start])) {
                return null; // “…,” but he said that …: that cue governs what follows it
            }
            QuoteMarks.Stretch s = stretches.get(q);
            // “We won.” Lula left the stage: a quote that ends its sentence is followed by a new one,
            // which names the speaker only when it is short (“…?” Vitter asked.)
            boolean newSentence = punct == 0
                    && tokens.get(start).isCapitalized()
                    && ".!?…".indexOf(lastVisible(s.contentStart(), s.contentEnd())) >= 0;
            int window = newSentence ? 4 : AFTER_WINDOW;
            for (int k = start; k < n && k < start + window; k++) {
                if (quoteOf[k] >= 0 || paragraph[k] != paragraph[start] || (k > start && isSentenceEnd(k - 1))) {
                    break;
                }
                QuoteLexicon.Cue cue = cueAt(k);
                if (cue == null || (cue.kind() == QuoteLexicon.CueKind.PREPQ && k != start)) {
                    continue;
                }
                if (newSentence && !shortClauseAfter(k + cue.words().size())) {
                    return null;
                }
                Attribution a = speakerFor(cue, k, start, sentenceEndAfter(k), true);
                if (a != null) {
                    return a;
                }
            }
            return appositiveThenCue(start);
        }

        /**
         * True when the clause that a cue ends at token {@code from} stops within a few words and
         * opens no reported clause of its own ({@code Trump said on Monday.}, not {@code Er
         * beklagte, dass …}).
         */
        boolean shortClauseAfter(int from) {
            for (int x = from; x < tokens.size() && x < from + 8; x++) {
                if (quoteOf[x] >= 0) {
                    return false;
                }
                if (lower[x].equals(":")) {
                    return false; // "Er fuhr fort: „…“" introduces a quotation of its own
                }
                if (lower[x].equals(",") || isClauseEnd(x)) {
                    return x + 1 >= tokens.size() || !COMPLEMENTISERS.contains(lower[x + 1]);
                }
                if (COMPLEMENTISERS.contains(lower[x])) {
                    return false;
                }
            }
            return from >= tokens.size();
        }

        /**
         * {@code “…,” Tom Baker, a professor at the city college, told reporters}: a name right
         * after the quote, an apposition between commas, then the speech verb.
         */
        Attribution appositiveThenCue(int start) {
            int n = tokens.size();
            if (nameOf[start] < 0) {
                return null;
            }
            int e = start;
            while (e < n && nameOf[e] == nameOf[start]) {
                e++;
            }
            if (e >= n || !lower[e].equals(",")) {
                return null;
            }
            for (int c = e + 1; c < n && c < e + 30; c++) {
                if (quoteOf[c] >= 0 || paragraph[c] != paragraph[start] || isClauseEnd(c)) {
                    return null;
                }
                if (!lower[c].equals(",")) {
                    continue;
                }
                int k = c + 1;
                while (k < n && tokens.get(k).isWord() && SKIP_BEFORE_CUE.contains(lower[k])) {
                    k++;
                }
                if (k >= n || quoteOf[k] >= 0) {
                    return null;
                }
                QuoteLexicon.Cue cue = cueAt(k);
                if (cue != null
                        && (cue.kind() == QuoteLexicon.CueKind.VERB || cue.kind() == QuoteLexicon.CueKind.VERBO)) {
                    String cueText = text.substring(
                            starts[k], tokens.get(k + cue.words().size() - 1).end());
                    return new Attribution(start, e, cueText, true);
                }
            }
            return null;
        }

        /** A cue earlier in the quote's sentence ({@code Smith said: “…”}), or in earlier sentences. */
        Attribution before(int q, int openTok, boolean sameSentence) {
            if (openTok <= 0) {
                return null;
            }
            int sent = sentence[Math.min(openTok, tokens.size() - 1)];
            int para = paragraph[Math.min(openTok, tokens.size() - 1)];
            int limit = Math.max(0, openTok - BACK_WINDOW);
            int rightBound = openTok;
            for (int k = openTok - 1; k >= limit; k--) {
                if (paragraph[k] != para) {
                    break;
                }
                if (quoteOf[k] >= 0) {
                    // an earlier piece of the same sentence: "X said „A“ and „B“" gives B to X too
                    rightBound = k;
                    continue;
                }
                if (sentence[k] != sent && sameSentence) {
                    break;
                }
                if (!sameSentence && sentence[k] == sent) {
                    continue;
                }
                QuoteLexicon.Cue cue = cueAt(k);
                if (cue == null || (cue.kind() == QuoteLexicon.CueKind.PREPQ && !rightAfterQuote(k))) {
                    continue;
                }
                int left = k;
                while (left > limit
                        && paragraph[left - 1] == para
                        && quoteOf[left - 1] < 0
                        && sentence[left - 1] == sentence[k]) {
                    left--;
                }
                Attribution a = speakerFor(cue, k, left, Math.min(rightBound, sentenceEndAfter(k)), sameSentence);
                if (a != null) {
                    Attribution outer = sameSentence ? namedOuterSpeaker(a, k, left) : null;
                    return outer != null ? outer : a;
                }
            }
            return null;
        }

        /**
         * {@code Lynch said she recalled thinking, “…”}: when the cue next to the quote names its
         * speaker by a pronoun and the clause it stands in hangs from an earlier cue whose subject
         * is a named person that the pronoun can stand for, that name is the speaker's mention.
         */
        Attribution namedOuterSpeaker(Attribution inner, int k, int left) {
            String g = inner.to - inner.from == 1 ? lexicon.pronoun(lower[inner.from]) : null;
            if (g == null || "n".equals(g) || "p".equals(g)) {
                return null;
            }
            for (int j = inner.from - 1; j >= left; j--) {
                if (quoteOf[j] >= 0 || lower[j].equals(";") || lower[j].equals(":")) {
                    return null;
                }
                QuoteLexicon.Cue cue = cueAt(j);
                if (cue == null || cue.kind() != QuoteLexicon.CueKind.VERB) {
                    continue;
                }
                Attribution outer = speakerFor(cue, j, left, inner.from, true);
                if (outer == null || !isPerson(new int[] {outer.from, outer.to})) {
                    return null;
                }
                for (int i = outer.from; i < outer.to; i++) {
                    if (nameOf[i] >= 0 && mentions.get(nameOf[i]).person() && fits(g, mentions.get(nameOf[i]))) {
                        return outer;
                    }
                }
                return null;
            }
            return null;
        }

        /** A cue in a following sentence of the paragraph ({@code “…” That is what Smith said.}). */
        Attribution following(int q, int closeTok) {
            int n = tokens.size();
            if (closeTok >= n || closeTok == 0) {
                return null;
            }
            int para = paragraph[closeTok - 1];
            for (int k = closeTok; k < n && k < closeTok + 25; k++) {
                if (paragraph[k] != para || quoteOf[k] >= 0) {
                    break;
                }
                QuoteLexicon.Cue cue = cueAt(k);
                if (cue == null || cue.kind() == QuoteLexicon.CueKind.PREPQ) {
                    continue;
                }
                int left = k;
                while (left > closeTok && sentence[left - 1] == sentence[k]) {
                    left--;
                }
                Attribution a = speakerFor(cue, k, left, sentenceEndAfter(k), false);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }

        /** {@code Smith: “…”} — a name or pronoun right before a colon that opens the quote. */
        Attribution colon(int openTok) {
            int k = openTok - 1;
            if (k < 1 || !lower[k].equals(":") || quoteOf[k] >= 0) {
                return null;
            }
            int[] np = leftPhrase(k, Math.max(0, k - 8), false);
            if (np == null) {
                return null;
            }
            int[] start = {np[0]};
            // only a bare name or pronoun before the colon, at the start of its sentence or clause
            if (np[0] > 0
                    && sentence[np[0] - 1] == sentence[np[0]]
                    && tokens.get(np[0] - 1).isWord()) {
                return null;
            }
            return new Attribution(start[0], np[1], ":", true);
        }

        int sentenceEndAfter(int k) {
            int n = tokens.size();
            int i = k;
            while (i < n && sentence[i] == sentence[k] && quoteOf[i] < 0 && i < k + 20) {
                i++;
            }
            return i;
        }

        /** The cue starting at token k, or null. */
        QuoteLexicon.Cue cueAt(int k) {
            if (!tokens.get(k).isWord()) {
                return null;
            }
            List<QuoteLexicon.Cue> cues = lexicon.cuesStartingWith(lower[k]);
            if (!cues.isEmpty()
                    && tokens.get(k).isCapitalized()
                    && !CapitalisedNames.sentenceInitial(text, tokens, k)
                    && !headlineParagraph(k)) {
                return null; // "the United States", "Talk" in a title: a capitalised word inside a sentence is a name
            }
            for (QuoteLexicon.Cue c : cues) {
                List<String> w = c.words();
                boolean ok = true;
                int j = k;
                for (int x = 1; x < w.size() && ok; x++) {
                    j++;
                    ok = j < tokens.size() && lower[j].equals(w.get(x)) && quoteOf[j] < 0;
                }
                if (!ok) {
                    continue;
                }
                if (k >= 2 && lower[k - 1].equals("-") && lower[k - 2].equals("so")) {
                    return null; // so-called
                }
                return c;
            }
            return null;
        }

        /**
         * The speaker governed by a cue at token k (its words end at k + size), looking left no
         * further than {@code leftBound} and right no further than {@code rightBound}.
         */
        Attribution speakerFor(QuoteLexicon.Cue cue, int k, int leftBound, int rightBound, boolean local) {
            int afterCue = k + cue.words().size();
            String cueText = text.substring(starts[k], tokens.get(afterCue - 1).end());
            int[] right = null;
            int[] left = null;
            switch (cue.kind()) {
                case PREP, PREPQ -> {
                    // German writes its nouns capitalised: "laut geworden" is no "laut Minister"
                    boolean germanVerb = cue.lang().equals("de")
                            && afterCue < tokens.size()
                            && tokens.get(afterCue).isWord()
                            && !tokens.get(afterCue).isCapitalized()
                            && !GERMAN_ARTICLES.contains(lower[afterCue]);
                    if (!germanVerb) {
                        right = rightPhrase(afterCue, rightBound, true);
                    } else if (cue.kind() == QuoteLexicon.CueKind.PREPQ) {
                        // „…“, so charakterisierte ihn der Funktionär: the subject follows the verb
                        int r = afterCue + 1;
                        while (r < rightBound && r < tokens.size() && GERMAN_OBJECT_PRONOUNS.contains(lower[r])) {
                            r++;
                        }
                        right = rightPhrase(r, rightBound, false);
                    }
                }
                case POST -> left = leftPhrase(k, leftBound, true);
                case PART -> {
                    // "footage of Trump saying", else the subject the participle hangs from
                    int[] adjacent = leftPhrase(k, leftBound, false);
                    if (adjacent != null && isPronounOrName(adjacent)) {
                        left = adjacent;
                    } else if (k > 0 && sentence[k - 1] == sentence[k]) {
                        Attribution subj = subjectUpTo(k - 1);
                        left = subj == null ? null : new int[] {subj.from, subj.to};
                    }
                }
                case POSS -> left = possessor(k);
                case VERBO -> {
                    left = leftPhrase(k, leftBound, true);
                    if (!cue.lang().equals("en") && !cue.lang().equals("fr")) {
                        int[] r = rightPhrase(afterCue, rightBound, false); // bezeichnete er … als „…“
                        right = r != null && opensWithSubject(r) ? r : null;
                    }
                }
                case VERB -> {
                    left = leftPhrase(k, leftBound, true);
                    if ((cue.lang().equals("ru") || cue.lang().equals("uk"))
                            && afterCue + 1 < tokens.size()
                            && afterCue + 1 < rightBound
                            && (lower[afterCue].equals("в")
                                    || lower[afterCue].equals("во")
                                    || lower[afterCue].equals("у"))
                            && tokens.get(afterCue + 1).isCapitalized()) {
                        // "заявили в МИД России": the institution speaks
                        int[] inst = rightPhrase(afterCue + 1, rightBound, false);
                        if (inst != null && left == null) {
                            return new Attribution(
                                    inst[0],
                                    inst[1],
                                    text.substring(
                                            starts[k], tokens.get(afterCue - 1).end()),
                                    local);
                        }
                    }
                    boolean verbSecond = !cue.lang().equals("en") && !cue.lang().equals("fr");
                    // English puts the speaker after the verb only right after the quote: …,” said Smith
                    if (verbSecond || k == leftBound) {
                        right = rightPhrase(afterCue, rightBound, false);
                    }
                }
            }
            if (left != null && (cue.kind() == QuoteLexicon.CueKind.VERB || cue.kind() == QuoteLexicon.CueKind.VERBO)) {
                int[] headed = withHead(left, leftBound);
                boolean institution = headed == null
                        && (cue.lang().equals("ru") || cue.lang().equals("uk"))
                        && left[0] > 0
                        && (lower[left[0] - 1].equals("в")
                                || lower[left[0] - 1].equals("во")
                                || lower[left[0] - 1].equals("у"))
                        && tokens.get(left[0]).isCapitalized();
                left = institution ? left : headed; // "В Кремле заявили": the institution speaks
            }
            int[] pick;
            if (cue.lang().equals("de")
                    && (cue.kind() == QuoteLexicon.CueKind.VERB || cue.kind() == QuoteLexicon.CueKind.VERBO)) {
                pick = germanSubject(k, afterCue, leftBound, rightBound, left, right);
            } else if (right != null && left != null) {
                boolean rightStrong = isPronounOrName(right);
                boolean verbSecond = !cue.lang().equals("en") && !cue.lang().equals("fr");
                if (verbSecond) {
                    pick = rightStrong || !isPronounOrName(left) ? right : left;
                } else {
                    pick = left;
                }
            } else {
                pick = left != null ? left : right;
            }
            if (pick == null) {
                return null;
            }
            return new Attribution(pick[0], pick[1], cueText, local);
        }

        /**
         * A subject found right after a preposition is the end of a longer phrase ({@code The head
         * of the ministry said}): the whole phrase, or null when no head stands before the
         * preposition ({@code 32% of Republican claims}, {@code through the streets chanted}).
         */
        int[] withHead(int[] np, int leftBound) {
            int p = np[0] - 1;
            if (p < leftBound || p < 0 || quoteOf[p] >= 0 || !PREPOSITIONS.contains(lower[p])) {
                return np;
            }
            if (lexicon.pronoun(lower[np[0]]) != null) {
                return np;
            }
            int[] head = leftPhrase(p, leftBound, false);
            return head == null ? null : new int[] {head[0], np[1]};
        }

        /** True when a phrase opens with a name or a pronoun that can only be a subject ({@code er}, {@code wir}). */
        boolean opensWithSubject(int[] np) {
            int i = np[0];
            return nameOf[i] >= 0 || GERMAN_SUBJECT_PRONOUNS.contains(lower[i]);
        }

        /** The possessor before a noun cue: {@code his} claim, {@code Trump’s} claim, по {@code его} словам. */
        int[] possessor(int k) {
            int next = k + 1;
            if (next < tokens.size()
                    && quoteOf[next] < 0
                    && !(lower[next].equals(",") || lower[next].equals(":") || COMPLEMENTISERS.contains(lower[next]))) {
                return null; // "Trump's statement was “true”" describes the statement, it does not quote it
            }
            int p = k - 1;
            if (p < 0 || quoteOf[p] >= 0 || !tokens.get(p).isWord()) {
                return null;
            }
            if (lexicon.possessive(lower[p]) != null) {
                return new int[] {p, p + 1};
            }
            if ((lower[p].endsWith("'s") || lower[p].endsWith("’s")) && nameOf[p] >= 0) {
                Span sp = mentions.get(nameOf[p]).span();
                return new int[] {Math.max(0, tokenAt(sp.start())), p + 1};
            }
            return null;
        }

        /**
         * German puts the finite verb second: the subject opens the clause ({@code Der Sprecher
         * sagte}) unless an adverb or a prepositional phrase does ({@code Am Montag sagte der
         * Sprecher}, {@code Ähnlich äußerte sich Bush}), and then it follows the verb.
         */
        int[] germanSubject(int k, int afterCue, int leftBound, int rightBound, int[] left, int[] right) {
            int r = afterCue;
            while (r < rightBound
                    && r < tokens.size()
                    && (lower[r].equals("sich") || SKIP_BEFORE_CUE.contains(lower[r]))) {
                r++;
            }
            int[] rightNp = r == afterCue ? right : rightPhrase(r, rightBound, false);
            if (rightNp != null && ACCUSATIVE_DATIVE.contains(lower[rightNp[0]])) {
                rightNp = null; // "kritisierte den Plan": an object, never the subject
            }
            if (rightNp != null && lexicon.pronoun(lower[rightNp[0]]) != null) {
                return rightNp;
            }
            if (rightNp != null && rightNp[0] <= afterCue + 1 && opensWithSubject(rightNp)) {
                return rightNp; // Nachdem …, entgegnete Suttner
            }
            if (left != null && k > 0 && lower[k - 1].equals(",")) {
                return left; // Der Vorsitzende …, Michael Knipper, kritisierte
            }
            int start = k;
            while (start > leftBound && !isClauseBoundary(start - 1)) {
                start--;
            }
            if (start < k && GERMAN_AUXILIARIES.contains(lower[start])) {
                // „…“, hatte VW-Chef Winterkorn erklärt: the subject follows the auxiliary
                int[] np = rightPhrase(start + 1, k, false);
                if (np != null) {
                    return np;
                }
            }
            if (start < k && (lower[start].equals("und") || lower[start].equals("aber"))) {
                // Brenner bedankte sich und sagte: the subject opens the first of the joined clauses
                int s0 = start - 1;
                while (s0 > leftBound && !isClauseBoundary(s0 - 1)) {
                    s0--;
                }
                if (s0 < start - 1) {
                    int[] np = clauseStartPhrase(s0, start);
                    if (np != null) {
                        return np;
                    }
                }
            }
            if (start < k) {
                int[] np = clauseStartPhrase(start, k);
                // Der Zeitung sagte Otto Karma: a name after the verb beats a description before it
                if (np != null && rightNp != null && !isPerson(np) && isPerson(rightNp)) {
                    return rightNp;
                }
                if (np != null) {
                    return np;
                }
            }
            if (rightNp != null) {
                return rightNp;
            }
            return left;
        }

        /** True when token k follows a closing quote mark and a comma: {@code „…“, so Berg}. */
        boolean rightAfterQuote(int k) {
            return k >= 2 && lower[k - 1].equals(",") && quoteOf[k - 2] >= 0 && quoteOf[k - 1] < 0;
        }

        boolean isClauseBoundary(int i) {
            String t = lower[i];
            return quoteOf[i] >= 0
                    || t.equals(",")
                    || t.equals(":")
                    || t.equals(";")
                    || isSentenceEnd(i)
                    || (i + 1 < tokens.size() && sentence[i] != sentence[i + 1]);
        }

        /** The noun phrase opening a clause, or null when the clause opens with an adverb or preposition. */
        int[] clauseStartPhrase(int start, int limit) {
            String w = lower[start];
            if (!tokens.get(start).isWord()) {
                return null;
            }
            if (lexicon.pronoun(w) != null) {
                return new int[] {start, start + 1};
            }
            if (SUBORDINATORS.contains(w) && start + 1 < limit) {
                return clauseStartPhrase(start + 1, limit); // indem sie …, weil der Minister …
            }
            boolean det = DETERMINERS.contains(w);
            if (!det) {
                if (nameOf[start] < 0
                        && !lexicon.roleNoun(w)
                        && (lexicon.notName(w) || !tokens.get(start).isCapitalized() || lowerSeen(w))) {
                    return null;
                }
            }
            int e = start + 1;
            while (e < limit
                    && e < start + 8
                    && (tokens.get(e).isWord() || Character.isDigit(lower[e].charAt(0)) || lower[e].equals("-"))
                    && quoteOf[e] < 0
                    && (tokens.get(e).isCapitalized()
                            || !tokens.get(e).isWord()
                            || nameOf[e] >= 0
                            || (det && e == start + 1)
                            || Set.of("des", "der", "von", "vom", "und").contains(lower[e])
                                    && e + 1 < limit
                                    && tokens.get(e + 1).isCapitalized())) {
                e++;
            }
            while (e < limit && e < start + 8 && lower[e].equals("-")) {
                e += 2;
            }
            return e > start + (det ? 1 : 0) ? new int[] {start, Math.min(e, limit)} : null;
        }

        java.util.Set<String> lowerWords;

        boolean lowerSeen(String w) {
            if (lowerWords == null) {
                lowerWords = new java.util.HashSet<>();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).isWord() && !tokens.get(i).isCapitalized()) {
                        lowerWords.add(lower[i]);
                    }
                }
            }
            return lowerWords.contains(w);
        }

        boolean isPerson(int[] np) {
            for (int i = np[0]; i < np[1]; i++) {
                if (nameOf[i] >= 0 && mentions.get(nameOf[i]).person()) {
                    return true;
                }
            }
            return false;
        }

        boolean isPronounOrName(int[] np) {
            for (int i = np[0]; i < np[1]; i++) {
                if (nameOf[i] >= 0 || lexicon.pronoun(lower[i]) != null) {
                    return true;
                }
            }
            return false;
        }

        /** The noun phrase ending right before token {@code end} (after skipping adverbs), or null. */
        int[] leftPhrase(int end, int bound, boolean allowAppositive) {
            int j = end - 1;
            while (j >= bound && tokens.get(j).isWord() && SKIP_BEFORE_CUE.contains(lower[j])) {
                j--;
            }
            if (j < bound || quoteOf[j] >= 0) {
                return null;
            }
            if (lower[j].equals(")")) {
                // Rep. Elijah Cummings (D-Md.) said: the party and state in brackets belong to the name
                int o = j - 1;
                while (o >= bound && o > j - 10 && !lower[o].equals("(") && quoteOf[o] < 0) {
                    o--;
                }
                if (o < bound || !lower[o].equals("(") || o == bound) {
                    return null;
                }
                int[] inner = leftPhrase(o, bound, allowAppositive);
                return inner == null ? null : new int[] {inner[0], j + 1};
            }
            Token t = tokens.get(j);
            if (!t.isWord()) {
                if (allowAppositive && lower[j].equals(",")) {
                    // Smith, a spokesman for the campaign, said / The head …, Vladimir Medinsky, said
                    int c = j - 1;
                    while (c >= bound
                            && c > j - APPOSITION_WINDOW
                            && !(lower[c].equals(",") && quoteOf[c] < 0)
                            && (quoteOf[c] < 0 || isShortName(quoteOf[c]))
                            && !(quoteOf[c] < 0 && isClauseEnd(c) && (!lower[c].equals(".") || isSentenceEnd(c)))) {
                        c--; // "R-Ky." and "E." end abbreviations, not the clause
                    }
                    if (c < bound || c <= j - APPOSITION_WINDOW || !lower[c].equals(",") || quoteOf[c] >= 0) {
                        return null;
                    }
                    // Flynn, a top Trump surrogate, said: a name before the apposition is the speaker
                    int[] outer = leftPhrase(c, bound, false);
                    if (outer != null && (isPerson(outer) || lexicon.pronoun(lower[outer[0]]) != null)) {
                        return outer;
                    }
                    // Der Vorsitzende des Verbands, Michael Stein, kritisierte: the person inside
                    for (int x = j - 1; x > c; x--) {
                        if (nameOf[x] >= 0 && mentions.get(nameOf[x]).person()) {
                            Span sp = mentions.get(nameOf[x]).span();
                            return new int[] {Math.max(c + 1, tokenAt(sp.start())), x + 1};
                        }
                    }
                    if (outer != null
                            && (isPronounOrName(outer)
                                    || (tokens.get(outer[0]).isCapitalized()
                                            && !DETERMINERS.contains(lower[outer[0]])
                                            && outer[0] > 0
                                            && !tokens.get(outer[0] - 1).isWord()))) {
                        return outer;
                    }
                    for (int x = j - 1; x > c; x--) {
                        if (nameOf[x] >= 0) {
                            Span sp = mentions.get(nameOf[x]).span();
                            return new int[] {Math.max(c + 1, tokenAt(sp.start())), x + 1};
                        }
                    }
                    return outer;
                }
                if (lower[j].equals(".") && j > bound && nameOf[j - 1] >= 0) {
                    // "Jr." and initials end a name with a period
                    j--;
                } else {
                    return null;
                }
            }
            if (lexicon.pronoun(lower[j]) != null) {
                return new int[] {j, j + 1};
            }
            if (nameOf[j] >= 0) {
                Span sp = mentions.get(nameOf[j]).span();
                return new int[] {Math.max(bound, tokenAt(sp.start())), j + 1};
            }
            if (RELATIVES.contains(lower[j]) && j > bound && (lower[j - 1].equals(",") || nameOf[j - 1] >= 0)) {
                return new int[] {j, j + 1}; // Stevie Wonder, who joked: stands for the name before it
            }
            if (NO_SPEAKER_LEFT.contains(lower[j])
                    || !lexicon.cuesStartingWith(lower[j]).isEmpty()) {
                return null;
            }
            // a description: back to its determiner, or a capitalised run (German nouns, organisations)
            int k = j;
            for (int x = j; x >= bound && x > j - 6; x--) {
                if (!tokens.get(x).isWord() || quoteOf[x] >= 0) {
                    if (lower[x].equals("-") && x > bound && tokens.get(x - 1).isWord()) {
                        continue;
                    }
                    if (quoteOf[x] < 0 && x < j && Character.isDigit(lower[x].charAt(0))) {
                        return new int[] {x, j + 1}; // 63 percent said
                    }
                    break;
                }
                if (DETERMINERS.contains(lower[x])) {
                    return new int[] {x, j + 1};
                }
                if (x < j && (lower[x].endsWith("'s") || lower[x].endsWith("’s"))) {
                    return new int[] {x, j + 1};
                }
                if (x < j
                        && (NO_SPEAKER_LEFT.contains(lower[x])
                                || lexicon.pronoun(lower[x]) != null
                                || !lexicon.cuesStartingWith(lower[x]).isEmpty())) {
                    break;
                }
                k = x;
            }
            if (t.isCapitalized() || lower[j].endsWith("s")) {
                return new int[] {Math.max(k, j - 2), j + 1};
            }
            if (lexicon.roleNoun(lower[j])) {
                return new int[] {Math.max(k, j - 3), j + 1}; // current Democratic presidential nominee said
            }
            return null;
        }

        /** A quoted stretch of a few capitalised words without end punctuation: a name or title. */
        boolean isShortName(int q) {
            if (shortName == null) {
                shortName = new byte[stretches.size()];
            }
            if (shortName[q] == 0) {
                shortName[q] = (byte) (computeShortName(q) ? 1 : 2);
            }
            return shortName[q] == 1;
        }

        byte[] shortName;

        boolean computeShortName(int q) {
            QuoteMarks.Stretch s = stretches.get(q);
            int words = 0;
            for (int i = tokenAt(s.contentStart()); i < tokens.size() && starts[i] < s.contentEnd(); i++) {
                if (tokens.get(i).isWord()) {
                    words++;
                    if (!tokens.get(i).isCapitalized() && !Character.isDigit(lower[i].charAt(0))) {
                        return false;
                    }
                }
            }
            return words > 0 && words <= 6 && ".!?…".indexOf(lastVisible(s.contentStart(), s.contentEnd())) < 0;
        }

        boolean isClauseEnd(int i) {
            String t = lower[i];
            return t.equals(".") || t.equals(";") || t.equals(":") || t.equals("!") || t.equals("?");
        }

        /** The noun phrase starting at token {@code from}, or null. */
        int[] rightPhrase(int from, int bound, boolean afterPreposition) {
            int n = tokens.size();
            int j = from;
            if (j >= n
                    || j >= bound
                    || quoteOf[j] >= 0
                    || !(tokens.get(j).isWord() || Character.isDigit(lower[j].charAt(0)))) {
                return null; // "said 9/11 widow Terry Strada" opens with a number
            }
            if (lexicon.pronoun(lower[j]) != null) {
                return new int[] {j, j + 1};
            }
            // said 9/11 widow Terry Strada / said former Gov. Jan Brewer: the name closes the phrase
            for (int x = j;
                    x < n && x < bound && x < j + 5 && quoteOf[x] < 0 && !lower[x].equals(",") && !isClauseEnd(x);
                    x++) {
                if (nameOf[x] >= 0) {
                    Span sp = mentions.get(nameOf[x]).span();
                    int e = x;
                    while (e < n && starts[e] < sp.end()) {
                        e++;
                    }
                    return new int[] {j, e};
                }
                if (x > j && (STOP_RIGHT.contains(lower[x]) || lexicon.pronoun(lower[x]) != null)) {
                    break;
                }
            }
            boolean det = DETERMINERS.contains(lower[j])
                    || (afterPreposition && tokens.get(j).isWord())
                    || lexicon.roleNoun(lower[j]); // сообщил источник агентства
            if (!det && !tokens.get(j).isCapitalized()) {
                return null;
            }
            if (!det && lexicon.notName(lower[j])) {
                return null;
            }
            int e = j + 1;
            while (e < n
                    && e < bound
                    && e < j + 6
                    && (tokens.get(e).isWord()
                            || lower[e].equals("-")
                            || Character.isDigit(lower[e].charAt(0))) // a 52-count complaint
                    && quoteOf[e] < 0
                    && !STOP_RIGHT.contains(lower[e])
                    && lexicon.cuesStartingWith(lower[e]).isEmpty()) {
                e++;
            }
            if (det && e == j + 1 && DETERMINERS.contains(lower[j])) {
                return null;
            }
            return new int[] {j, e};
        }

        // ---------------------------------------------------------------- resolution

        Speaker speaker(Attribution a) {
            int s = starts[a.from];
            int e = tokens.get(a.to - 1).end();
            String local = text.substring(s, e);
            NameMention named = null;
            for (int i = a.from; i < a.to; i++) {
                if (nameOf[i] >= 0) {
                    NameMention m = mentions.get(nameOf[i]);
                    boolean known = m.id() != null && !m.id().startsWith("~");
                    if (m.person() && known) {
                        named = m; // a dictionary person, not the guessed title run before it
                        break;
                    }
                    if (named == null || (m.person() && !named.person())) {
                        named = m;
                    }
                }
            }
            if (named != null) {
                return new Speaker(new Span(s, e), local, named.id(), named.name());
            }
            String g = "d";
            if (a.to - a.from == 1) {
                String pron = lexicon.pronoun(lower[a.from]);
                g = pron != null ? pron : lexicon.possessive(lower[a.from]);
                g = g == null ? "d" : g;
            }
            boolean description = false;
            for (int i = a.from; i < a.to && !description; i++) {
                description = lexicon.roleNoun(lower[i]) || !tokens.get(i).isCapitalized();
            }
            description |= DETERMINERS.contains(lower[a.from]);
            if ("p".equals(g) || "n".equals(g) || ("d".equals(g) && !description)) {
                // a capitalised word the names module does not know ("Песков" alone) is somebody, not the last person
                // named
                return new Speaker(new Span(s, e), local, null, null);
            }
            // a pronoun or a description stands for the nearest named person before it that it can stand for
            for (int i = a.from - 1; i >= 0 && i > a.from - 2000; i--) {
                if (nameOf[i] >= 0 && mentions.get(nameOf[i]).person()) {
                    NameMention m = mentions.get(nameOf[i]);
                    if (sentence[i] != sentence[a.from]) {
                        NameMention lead = mentions.get(nameOf[leadingPerson(i)]);
                        m = fits(g, lead) ? lead : m;
                    }
                    if (!fits(g, m)) {
                        i = tokenAt(m.span().start()); // "она" after "Сергей Лавров": look further back
                        continue;
                    }
                    return new Speaker(new Span(s, e), local, m.id(), m.name());
                }
            }
            return new Speaker(new Span(s, e), local, null, null);
        }

        /** True when a pronoun of gender {@code g} ({@code m}, {@code f}, else any) can stand for the person. */
        boolean fits(String g, NameMention m) {
            if (!"m".equals(g) && !"f".equals(g)) {
                return true;
            }
            char known = NameGender.builtIn().of(m.name() != null ? m.name() : m.text());
            return known == '?' || known == g.charAt(0);
        }

        /**
         * The person an earlier sentence is about, given its last person mention at token
         * {@code last}: the one a speech cue governs ({@code said Alexei Dzermant, …}), else the
         * first one outside quotes (the subject: {@code Earlier, Trump said he could call Putin}).
         */
        int leadingPerson(int last) {
            int sent = sentence[last];
            int first = last;
            while (first > 0 && sentence[first - 1] == sent) {
                first--;
            }
            int subject = -1;
            for (int i = first; i <= last; i++) {
                if (nameOf[i] < 0 || quoteOf[i] >= 0 || !mentions.get(nameOf[i]).person()) {
                    continue;
                }
                if (i > first && nameOf[i - 1] == nameOf[i]) {
                    continue;
                }
                int end = i;
                while (end + 1 < tokens.size() && nameOf[end + 1] == nameOf[i]) {
                    end++;
                }
                // "Turkish Foreign Minister Hakan Fidan": a title run before a name is not the person
                boolean titleRun = false;
                for (int x = end + 1; x <= end + 2 && x <= last; x++) {
                    if (nameOf[x] >= 0
                            && nameOf[x] != nameOf[i]
                            && mentions.get(nameOf[x]).person()) {
                        titleRun = true;
                    }
                }
                if (subject < 0 && !titleRun) {
                    subject = i;
                }
                boolean cueBefore = i > first && quoteOf[i - 1] < 0 && cueAt(i - 1) != null;
                boolean cueAfter = end + 1 <= last + 1
                        && end + 1 < tokens.size()
                        && quoteOf[end + 1] < 0
                        && cueAt(end + 1) != null;
                if (cueBefore || cueAfter) {
                    return i;
                }
            }
            return subject >= 0 ? subject : last;
        }
    }
}
