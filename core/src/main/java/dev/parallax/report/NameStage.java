package dev.parallax.report;

import dev.parallax.names.EntityDictionary;
import dev.parallax.names.Mention;
import dev.parallax.names.MentionFinder;
import dev.parallax.names.NameKeys;
import dev.parallax.names.NameResolver;
import dev.parallax.text.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's adapter over the names stage ({@link MentionFinder}): the linked name mentions of
 * an article's kept sentences. Immutable and safe for concurrent use.
 */
final class NameStage {
    private final MentionFinder finder;

    private NameStage(MentionFinder finder) {
        this.finder = finder;
    }

    static NameStage of(EntityDictionary dictionary) {
        return new NameStage(MentionFinder.of(NameResolver.of(dictionary), dictionary));
    }

    /** Mentions with an id that lie inside one of the kept sentences, in text order. */
    List<Article.NameMention> find(Document doc, List<Article.Sentence> sentences) {
        List<Article.NameMention> out = new ArrayList<>();
        int s = 0;
        for (Mention m : finder.find(doc)) {
            if (m.id() == null) {
                continue;
            }
            while (s < sentences.size()
                    && sentences.get(s).span().end() <= m.span().start()) {
                s++;
            }
            if (s < sentences.size() && sentences.get(s).span().contains(m.span())) {
                out.add(new Article.NameMention(
                        m.span(),
                        m.text(),
                        m.id(),
                        m.name(),
                        m.type() == null ? null : m.type().name(),
                        m.provisional()));
            }
        }
        return out;
    }

    /** The script- and romanisation-independent key of a name's last word (its surname, for a person). */
    static String surnameKey(String name) {
        String[] parts = name.split(" ");
        return NameKeys.key(bare(parts[parts.length - 1]));
    }

    /** Drops a possessive {@code 's}. */
    static String bare(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
