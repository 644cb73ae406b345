package dev.parallax.report;

import dev.parallax.quotes.NameMention;
import dev.parallax.quotes.Quote;
import dev.parallax.quotes.QuoteExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's adapter over the quotations stage ({@link QuoteExtractor}): an article's quotations
 * inside its kept sentences, with speakers taken from the article's linked names. Stateless and
 * safe for concurrent use.
 */
final class QuoteStage {
    private QuoteStage() {}

    static List<Article.QuoteMention> find(Article a) {
        List<NameMention> names = new ArrayList<>();
        int lastEnd = -1;
        for (Article.NameMention m : a.mentions()) {
            if (m.span().start() >= lastEnd) {
                names.add(new NameMention(m.span(), m.text(), m.id(), m.name(), isPerson(m)));
                lastEnd = m.span().end();
            }
        }
        List<Article.QuoteMention> out = new ArrayList<>();
        for (Quote q : QuoteExtractor.defaults().withNames(doc -> names).extract(a.document())) {
            if (!inKeptText(a, q)) {
                continue;
            }
            String id = q.speaker() == null ? null : q.speaker().id();
            String name = q.speaker() == null ? null : q.speaker().name();
            out.add(new Article.QuoteMention(q.span(), q.text(), id, name, q, q.partial()));
        }
        return out;
    }

    private static boolean isPerson(Article.NameMention m) {
        return "PERSON".equals(m.type());
    }

    private static boolean inKeptText(Article a, Quote q) {
        for (Article.Sentence s : a.sentences()) {
            if (s.span().overlaps(q.span())) {
                return true;
            }
        }
        return false;
    }
}
