package dev.parallax.names;

import java.util.Objects;
import java.util.Optional;

/**
 * One written form of an entity's name, as a dictionary line gives it.
 *
 * @param name the form exactly as written ({@code Луговський}, {@code Oleh Luhovskyi})
 * @param lang a BCP 47 tag ({@code uk}, {@code ru-Latn}) or empty when the line gave none
 * @param source the dictionary's source name, for messages
 * @param line the 1-based line in that source
 */
public record NameVariant(String name, String lang, String source, int line) {
    public NameVariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(source, "source");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    /** The language tag, if the line gave one. */
    public Optional<String> language() {
        return lang.isEmpty() ? Optional.empty() : Optional.of(lang);
    }
}
