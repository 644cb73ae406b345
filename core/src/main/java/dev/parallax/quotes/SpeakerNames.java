package dev.parallax.quotes;

import dev.parallax.names.MentionFinder;
import dev.parallax.text.Document;
import java.util.List;

/**
 * Finds the names in a document that can be speakers, with their entity ids. The built-in {@link
 * #capitalised()} guesses from capitalisation; an adapter over the names module's mention finder
 * links to dictionary entities instead. Implementations are immutable and safe for concurrent use.
 */
public interface SpeakerNames {
    /** The names of a document, ordered by start, not overlapping. */
    List<NameMention> find(Document doc);

    /**
     * Capitalised word sequences ({@code Sen. Ted Cruz}, {@code Leonard E. Burman}, {@code
     * Петерсен-Фрей}) that do not start with a function word, with provisional ids ({@code
     * ~cruz-ted}) and a surname-only mention ({@code Cruz}) linked to the fuller form met in the same
     * document.
     */
    static SpeakerNames capitalised() {
        return CapitalisedNames.INSTANCE;
    }

    /**
     * Names from the names module's {@link MentionFinder}: dictionary entities and provisional ids
     * shared across documents ({@code ~bezpalko-bogdan}), completed by capitalised sequences it
     * left out. Places are not offered as speakers.
     */
    static SpeakerNames linked(MentionFinder finder) {
        return new LinkedSpeakerNames(finder);
    }
}
