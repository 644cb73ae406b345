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
    private static final Set<String> DETERMINERS = words(
            "the", "a", "an", "this", "his", "her", "their", "its", "our", "one", "another", "der", "die", "das", "ein",
            "eine", "dieser", "diese", "sein", "seine", "ihr", "ihre", "le", "la", "les", "l", "un", "une", "ce",
            "cette", "son", "sa", "ses");
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
                    } else if (quoteOf[i - 1] < 0 && isSentenceEnd(i - 1)) {
                        sent++;
                    }
                }
                sentence[i] = sent;
                paragraph[i] = para;
            }
            threshold = englishLike() ? -1 : 2;
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
            } else if (a != null) {
                score += 1;
            }
            if (words >= 4) {
                score++;
            }
            if (words >= 8) {
                score++;
            }
            boolean nameLike = words >= 2 && longLower == 0 && longCapitalised >= 2 && last != '!' && last != '?';
            if (endsPunct && !nameLike) {
                score++;
            }
            if (!endsPunct && words <= 2) {
                score--;
            }
            boolean headline = titleCaseParagraph(firstTok);
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
            }
            lastReason = "not a quotation: score " + score + " (" + words + " words, "
                    + (a == null ? "no speech cue" : a.local ? "cue " + a.cue : "cue nearby " + a.cue)
                    + (endsPunct ? ", ends with punctuation" : "") + ")";
            return score >= threshold;
        }

        /** True when the paragraph around a token writes its long words capitalised, as headlines do. */
        boolean titleCaseParagraph(int tok) {
            int para = paragraph[tok];
            int lowerLong = 0;
            int upperLong = 0;
            for (int i = tok; i >= 0 && paragraph[i] == para && i > tok - 200; i--) {
                Token t = tokens.get(i);
                if (quoteOf[i] < 0 && t.isWord() && t.text().length() >= 4) {
                    if (t.isCapitalized()) {
                        upperLong++;
                    } else {
                        lowerLong++;
                    }
                }
            }
            for (int i = tok + 1; i < tokens.size() && paragraph[i] == para && i < tok + 200; i++) {
                Token t = tokens.get(i);
                if (quoteOf[i] < 0 && t.isWord() && t.text().length() >= 4) {
                    if (t.isCapitalized()) {
                        upperLong++;
                    } else {
                        lowerLong++;
                    }
                }
            }
            return upperLong >= 2 && lowerLong == 0;
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

            Attribution(int from, int to, String cue, boolean local) {
                this.from = from;
                this.to = to;
                this.cue = cue;
                this.local = local;
            }

            Attribution inherited() {
                return new Attribution(from, to, cue, false);
            }
        }

        Attribution attribute(int q) {
            QuoteMarks.Stretch s = stretches.get(q);
            int openTok = tokenAt(s.open());
            int closeTok = tokenAt(s.close());
            boolean closerThenComma = closeTok < tokens.size()
                    && (lower[closeTok].equals(",") || lastVisible(s.contentStart(), s.contentEnd()) == ',');
            Attribution a;
            if (closerThenComma || !isPartial(s)) {
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
                target = sentence[k];
            }
            int first = k;
            while (first > 0 && sentence[first - 1] == target && paragraph[first - 1] == para) {
                first--;
            }
            if (first > k) {
                return null;
            }
            // skip an introductory phrase up to its comma ("In an interview on Sunday, Ryan said …")
            int start = first;
            for (int x = first; x <= k && x < first + 12; x++) {
                if (quoteOf[x] >= 0) {
                    break;
                }
                if (lower[x].equals(",")) {
                    if (nameOf[first] < 0 && lexicon.pronoun(lower[first]) == null) {
                        start = x + 1;
                    }
                    break;
                }
            }
            for (int x = start; x <= k && x < start + 3; x++) {
                if (quoteOf[x] >= 0) {
                    return null;
                }
                if (lexicon.pronoun(lower[x]) != null && x == start) {
                    return new Attribution(x, x + 1, null, false);
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
                    return new Attribution(x, e, null, false);
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
            for (int k = start; k < n && k < start + AFTER_WINDOW; k++) {
                if (quoteOf[k] >= 0 || paragraph[k] != paragraph[start] || (k > start && isSentenceEnd(k - 1))) {
                    break;
                }
                QuoteLexicon.Cue cue = cueAt(k);
                if (cue == null || (cue.kind() == QuoteLexicon.CueKind.PREPQ && k != start)) {
                    continue;
                }
                Attribution a = speakerFor(cue, k, start, sentenceEndAfter(k), true);
                if (a != null) {
                    return a;
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
                    if (sameSentence) {
                        break;
                    }
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
                    return a;
                }
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
                    && !CapitalisedNames.sentenceInitial(text, tokens, k)) {
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
                case PREP, PREPQ -> right = rightPhrase(afterCue, rightBound, true);
                case POST -> left = leftPhrase(k, leftBound, true);
                case VERBO -> left = leftPhrase(k, leftBound, true);
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
            if (rightNp != null && lexicon.pronoun(lower[rightNp[0]]) != null) {
                return rightNp;
            }
            if (left != null && k > 0 && lower[k - 1].equals(",")) {
                return left; // Der Vorsitzende …, Michael Knipper, kritisierte
            }
            int start = k;
            while (start > leftBound && !isClauseBoundary(start - 1)) {
                start--;
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
            boolean det = DETERMINERS.contains(w);
            if (!det) {
                if (nameOf[start] < 0
                        && (lexicon.notName(w) || !tokens.get(start).isCapitalized() || lowerSeen(w))) {
                    return null;
                }
            }
            int e = start + 1;
            while (e < limit
                    && e < start + 8
                    && tokens.get(e).isWord()
                    && quoteOf[e] < 0
                    && (tokens.get(e).isCapitalized()
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
                    while (c >= bound && c > j - 14 && !lower[c].equals(",") && quoteOf[c] < 0 && !isClauseEnd(c)) {
                        c--;
                    }
                    if (c < bound || c <= j - 14 || !lower[c].equals(",") || quoteOf[c] >= 0) {
                        return null;
                    }
                    // Flynn, a top Trump surrogate, said: a name before the apposition is the speaker
                    int[] outer = leftPhrase(c, bound, false);
                    if (outer != null && isPronounOrName(outer)) {
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
            return null;
        }

        boolean isClauseEnd(int i) {
            String t = lower[i];
            return t.equals(".") || t.equals(";") || t.equals(":") || t.equals("!") || t.equals("?");
        }

        /** The noun phrase starting at token {@code from}, or null. */
        int[] rightPhrase(int from, int bound, boolean afterPreposition) {
            int n = tokens.size();
            int j = from;
            if (j >= n || j >= bound || quoteOf[j] >= 0 || !tokens.get(j).isWord()) {
                return null;
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
                    || (afterPreposition && tokens.get(j).isWord());
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
                    && tokens.get(e).isWord()
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
            for (int i = a.from; i < a.to; i++) {
                if (nameOf[i] >= 0) {
                    NameMention m = mentions.get(nameOf[i]);
                    return new Speaker(new Span(s, e), local, m.id(), m.name());
                }
            }
            String g = a.to - a.from == 1 ? lexicon.pronoun(lower[a.from]) : "d";
            if ("p".equals(g)) {
                return new Speaker(new Span(s, e), local, null, null);
            }
            // a pronoun or a description stands for the nearest named person before it
            for (int i = a.from - 1; i >= 0 && i > a.from - 2000; i--) {
                if (nameOf[i] >= 0 && mentions.get(nameOf[i]).person()) {
                    NameMention m = mentions.get(nameOf[i]);
                    return new Speaker(new Span(s, e), local, m.id(), m.name());
                }
            }
            return new Speaker(new Span(s, e), local, null, null);
        }
    }
}
