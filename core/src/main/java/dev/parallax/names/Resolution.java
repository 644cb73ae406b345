package dev.parallax.names;

import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link NameResolver#resolve} for one name.
 *
 * <pre>
 * Resolution r = resolver.resolve("Oleh Luhovskyi");
 * r.linked();                 // true
 * r.entity().canonicalName(); // "Луговський Олег"
 * r.method();                 // "translit"
 * </pre>
 *
 * @param input the name as given
 * @param entity the entity, or {@code null} when none fits well enough (a wrong link is worse than
 *     none)
 * @param score calibrated confidence 0..1; 0.5 is the decision threshold
 * @param method how the link was made ({@code exact}, {@code translit}, {@code given-name}, {@code
 *     inflection}, {@code fuzzy}, ...; the weakest token evidence) or why there is none ({@code
 *     empty}, {@code no-candidate}, {@code below-threshold}, {@code ambiguous})
 * @param evidence per-token evidence of the chosen alignment (empty without a link)
 */
public record Resolution(String input, Entity entity, double score, String method, List<TokenEvidence> evidence) {
    public Resolution {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(method, "method");
        evidence = List.copyOf(evidence);
    }

    /** True when an entity was chosen. */
    public boolean linked() {
        return entity != null;
    }
}
