package dev.parallax.names;

import java.util.List;
import java.util.Objects;

/**
 * A person, place, organisation or other named thing, with every written form a dictionary knows.
 *
 * @param id the dictionary id (no whitespace), stable across runs
 * @param type the entity type
 * @param variants the written forms in file order; the first is the canonical form
 */
public record Entity(String id, EntityType type, List<NameVariant> variants) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no name");
        }
    }

    /** The canonical form: the first line of the entity in its dictionary. */
    public String canonicalName() {
        return variants.get(0).name();
    }
}
