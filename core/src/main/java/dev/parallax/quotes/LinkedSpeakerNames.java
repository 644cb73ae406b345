package dev.parallax.quotes;

import dev.parallax.names.EntityType;
import dev.parallax.names.Mention;
import dev.parallax.names.MentionFinder;
import dev.parallax.text.Document;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Speaker names from the names module: mentions linked to dictionary entities (or provisional ids
 * shared across documents), completed by capitalised sequences that the finder left out (German
 * descriptions, organisations). Immutable and safe for concurrent use.
 */
final class LinkedSpeakerNames implements SpeakerNames {
    private final MentionFinder finder;

    LinkedSpeakerNames(MentionFinder finder) {
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    @Override
    public List<NameMention> find(Document doc) {
        return find(doc, Tokenizer.tokenize(doc.text()));
    }

    List<NameMention> find(Document doc, List<Token> tokens) {
        List<Mention> linked = finder.find(doc);
        // The capitalised sequences give the local extent (titles and initials included, as
        // reporters write them); the names module decides what is a name and which entity it is.
        List<NameMention> guessed = CapitalisedNames.INSTANCE.find(doc.text(), tokens);
        List<NameMention> out = new ArrayList<>(guessed.size());
        int i = 0;
        for (NameMention g : guessed) {
            while (i < linked.size() && linked.get(i).span().end() <= g.span().start()) {
                i++;
            }
            Mention best = null;
            for (int k = i;
                    k < linked.size() && linked.get(k).span().start() < g.span().end();
                    k++) {
                Mention m = linked.get(k);
                boolean mPerson = m.type() == EntityType.PERSON;
                boolean bestPerson = best != null && best.type() == EntityType.PERSON;
                // "European Commission President Ursula von der Leyen" names the person, not the body
                if (best == null
                        || (mPerson && !bestPerson)
                        || (mPerson == bestPerson
                                && m.span().length() > best.span().length())) {
                    best = m;
                }
            }
            if (best == null) {
                out.add(g); // a name the finder does not know, with a provisional id
                continue;
            }
            if (best.type() == EntityType.PLACE) {
                continue; // places do not speak; "Moscow said" is rarer than "in Kyiv, he said"
            }
            boolean person = best.type() == EntityType.PERSON || (best.type() == null && g.person());
            String name = best.name() != null ? best.name() : g.name();
            String id = best.id() != null ? best.id() : g.id();
            out.add(new NameMention(g.span(), g.text(), id, name, person));
        }
        return List.copyOf(out);
    }
}
