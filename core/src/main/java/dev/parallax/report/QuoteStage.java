package dev.parallax.report;

import dev.parallax.text.Span;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report's view of the quotations stage: quoted words in marks ({@code “…” "…" «…» „…“}) or
 * after a speech dash, and their speaker.
 *
 * <p>A quotation is kept when it ends in sentence punctuation inside its marks or sits next to a
 * speech verb; short quoted terms ("1000 to 1000" formula, "possible future") are not
 * quotations. The speaker is the name next to the speech verb after or before the quotation, or,
 * for a pronoun ("he told Izvestia"), the nearest person named before it. Stateless and safe for
 * concurrent use.
 */
final class QuoteStage {
    private QuoteStage() {}

    static final Set<String> SPEECH_VERBS = Set.of(
            "said",
            "says",
            "say",
            "told",
            "tells",
            "stated",
            "states",
            "stressed",
            "noted",
            "added",
            "announced",
            "explained",
            "declared",
            "emphasized",
            "emphasised",
            "urged",
            "asked",
            "commented",
            "wrote",
            "insisted",
            "warned",
            "replied",
            "remarked",
            "highlighted",
            "adding",
            "saying",
            "noting",
            "stressing",
            "calling",
            "сказал",
            "заявил",
            "отметил",
            "сообщил",
            "подчеркнул",
            "сказав",
            "заявив",
            "зазначив",
            "повідомив",
            "sagte",
            "erklärte",
            "betonte",
            "déclaré",
            "dit",
            "affirmé");
    private static final Set<String> PRONOUNS =
            Set.of("he", "she", "он", "она", "він", "вона", "er", "sie", "il", "elle");

    /** Descriptions that stand for a person named before ("the minister added"). */
    private static final Set<String> DESCRIPTIONS = Set.of(
            "minister",
            "president",
            "spokesman",
            "spokesperson",
            "official",
            "expert",
            "aide",
            "chancellor",
            "leader",
            "head",
            "diplomat",
            "analyst",
            "scientist",
            "professor",
            "министр",
            "президент",
            "эксперт");

    private static final String OPEN = "“\"«„‘‹";

    static List<Article.QuoteMention> find(String text, List<Span> lines, List<Article.NameMention> mentions) {
        List<Article.QuoteMention> out = new ArrayList<>();
        for (Span line : lines) {
            int i = line.start();
            int end = line.end();
            // speech dash: "— We will do everything we can. ...," Bohdan Bezpalko said.
            if (i < end && (text.charAt(i) == '—' || text.charAt(i) == '–')) {
                int close = -1;
                for (int k = i + 1; k < end; k++) {
                    char c = text.charAt(k);
                    if (c == '”' || c == '"' || c == '»') {
                        close = k;
                    } else if (OPEN.indexOf(c) >= 0 && c != '"') {
                        break;
                    }
                }
                if (close > 0 && close < end) {
                    int qs = skipSpace(text, i + 1, close);
                    add(text, qs, close, close + 1, line, mentions, out, true);
                    i = close + 1;
                }
            }
            while (i < end) {
                char c = text.charAt(i);
                int o = OPEN.indexOf(c);
                if (o < 0 || (c == '\'' || c == '‘') && i > line.start() && Character.isLetter(text.charAt(i - 1))) {
                    i++;
                    continue;
                }
                char closeMark =
                        switch (c) {
                            case '“' -> '”';
                            case '«' -> '»';
                            case '„' -> '“';
                            case '‘' -> '’';
                            case '‹' -> '›';
                            default -> c;
                        };
                int close = -1;
                for (int k = i + 1; k < end; k++) {
                    char d = text.charAt(k);
                    if (d == closeMark || (c == '“' && d == '"') || (c == '"' && d == '”')) {
                        if (closeMark == '’' && k + 1 < end && Character.isLetter(text.charAt(k + 1))) {
                            continue;
                        }
                        close = k;
                        break;
                    }
                }
                if (close < 0) {
                    break;
                }
                add(text, i + 1, close, close + 1, line, mentions, out, false);
                i = close + 1;
            }
        }
        return out;
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(
            String text,
            int qs,
            int qe,
            int after,
            Span line,
            List<Article.NameMention> mentions,
            List<Article.QuoteMention> out,
            boolean dash) {
        int e = qe;
        while (e > qs && (",".indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        if (e <= qs) {
            return;
        }
        String words = text.substring(qs, e);
        long wordCount =
                Tokenizer.tokenize(words).stream().filter(Token::isWord).count();
        char last = text.charAt(qe - 1);
        boolean punctuated = ".!?,…".indexOf(last) >= 0;
        Speaker sp = speaker(text, qs, after, line, mentions);
        if (!(dash || sp.verbNear || (punctuated && wordCount >= 3))) {
            return;
        }
        if (!dash && !punctuated && wordCount < 3 && sp.id == null) {
            return;
        }
        if (wordCount == 0) {
            return;
        }
        out.add(new Article.QuoteMention(new Span(qs, e), words, sp.id, sp.name));
    }

    private record Speaker(String id, String name, boolean verbNear) {}

    private static Speaker speaker(String text, int qs, int after, Span line, List<Article.NameMention> mentions) {
        // after the quotation: ", Medinsky said." / ", said Medinsky" / ", he told Izvestia"
        int limit = sentenceEnd(text, after, line.end());
        List<Token> tail = Tokenizer.tokenize(text, after, limit);
        int words = 0;
        Article.NameMention rightAfter = null;
        for (Article.NameMention m : mentions) {
            if (m.span().start() >= after && m.span().start() <= after + 3) {
                rightAfter = m;
                break;
            }
        }
        for (int k = 0; k < tail.size() && words < 30; k++) {
            Token t = tail.get(k);
            if (!t.isWord()) {
                continue;
            }
            words++;
            if (SPEECH_VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
                Article.NameMention m;
                if (hasPronoun(tail, k)) {
                    m = previousPerson(text, mentions, qs);
                } else {
                    m = rightAfter != null && rightAfter.span().end() <= t.start()
                            ? rightAfter
                            : words <= 8 ? mentionIn(mentions, after, t.start(), true) : null;
                    // "said Medinsky", but not "told Izvestia": after "told" comes the listener
                    if (m == null && !t.text().toLowerCase(Locale.ROOT).startsWith("told")) {
                        m = mentionIn(mentions, t.end(), Math.min(limit, t.end() + 40), false);
                    }
                }
                return m == null ? new Speaker(null, null, true) : new Speaker(m.id(), m.name(), true);
            }
        }
        // before the quotation, same sentence: "Medinsky said: “...”" / "He commented ...: “...”"
        int from = Math.max(line.start(), sentenceStart(text, line.start(), qs - 1));
        List<Token> head = Tokenizer.tokenize(text, from, Math.max(from, qs - 1));
        boolean introduced =
                !head.isEmpty() && ":,".contains(head.get(head.size() - 1).text());
        for (int k = head.size() - 1; k >= 0; k--) {
            Token t = head.get(k);
            if (!introduced && k < head.size() - 3) {
                break;
            }
            if (t.isWord() && SPEECH_VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
                Article.NameMention m = hasPronoun(head, k) || subjectIsPronoun(head)
                        ? previousPerson(text, mentions, from)
                        : mentionIn(mentions, from, t.start(), true);
                return m == null ? new Speaker(null, null, true) : new Speaker(m.id(), m.name(), true);
            }
        }
        return new Speaker(null, null, false);
    }

    /** "He urged ..., noting that “…”": the sentence's subject is a pronoun or "the minister". */
    private static boolean subjectIsPronoun(List<Token> head) {
        List<Token> words = head.stream().filter(Token::isWord).limit(2).toList();
        if (words.isEmpty()) {
            return false;
        }
        String w0 = words.get(0).text().toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(w0)
                || w0.equals("the")
                        && words.size() > 1
                        && DESCRIPTIONS.contains(words.get(1).text().toLowerCase(Locale.ROOT));
    }

    private static boolean hasPronoun(List<Token> tokens, int verb) {
        for (int k = Math.max(0, verb - 4); k < Math.min(tokens.size(), verb + 2); k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(w)
                    || DESCRIPTIONS.contains(w)
                            && k > 0
                            && tokens.get(k - 1).text().equalsIgnoreCase("the")) {
                return true;
            }
        }
        return false;
    }

    /** The last (or first) mention inside {@code [from, to)}. */
    private static Article.NameMention mentionIn(List<Article.NameMention> mentions, int from, int to, boolean last) {
        Article.NameMention found = null;
        for (Article.NameMention m : mentions) {
            if (m.span().start() >= from && m.span().end() <= to) {
                found = m;
                if (!last) {
                    return m;
                }
            }
        }
        return found;
    }

    /** The nearest mention of a full name (two words or more) before {@code pos}. */
    private static Article.NameMention previousPerson(String text, List<Article.NameMention> mentions, int pos) {
        Article.NameMention found = null;
        Article.NameMention speaker = null;
        for (Article.NameMention m : mentions) {
            if (m.span().end() <= pos && personLike(m)) {
                found = m;
                if (nextToSpeechVerb(text, m.span())) {
                    speaker = m;
                }
            }
        }
        // someone just quoted or said to speak is the likelier antecedent than the last name read
        if (speaker != null && pos - speaker.span().end() < 600) {
            return speaker;
        }
        return found;
    }

    private static boolean personLike(Article.NameMention m) {
        if (m.type() != null) {
            return m.type().equals("PERSON");
        }
        return m.id().startsWith("~") ? m.id().indexOf('-') > 0 : m.name().indexOf(' ') > 0;
    }

    private static boolean nextToSpeechVerb(String text, Span span) {
        int from = Math.max(0, span.start() - 25);
        int to = Math.min(text.length(), span.end() + 25);
        for (Token t : Tokenizer.tokenize(text, from, to)) {
            if (t.isWord()
                    && SPEECH_VERBS.contains(t.text().toLowerCase(Locale.ROOT))
                    && (t.end() <= span.start() && span.start() - t.end() <= 3
                            || t.start() >= span.end() && t.start() - span.end() <= 3)) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceEnd(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= end || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
            if (OPEN.indexOf(c) >= 0 && i > from + 1) {
                return i;
            }
        }
        return end;
    }

    private static int sentenceStart(String text, int lineStart, int pos) {
        for (int i = pos - 1; i > lineStart; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return lineStart;
    }
}
