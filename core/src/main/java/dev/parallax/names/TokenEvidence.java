package dev.parallax.names;

import java.util.Objects;

/**
 * Why one token of a queried name was matched to one token of an entity's name.
 *
 * <pre>
 * new TokenEvidence("Luhovskyi", "Луговський", "translit", 0.95)
 * </pre>
 *
 * @param queryToken the token as written in the query
 * @param entityToken the token as written in the dictionary variant
 * @param kind {@code exact}, {@code translit} (same folded key), {@code given-name} (an equivalence
 *     from the linguistic tables), {@code inflection} (a case form of the dictionary token), {@code
 *     initial}, {@code surname-correspondence} or {@code fuzzy} (close folded keys)
 * @param score the token's score, 0..1
 */
public record TokenEvidence(String queryToken, String entityToken, String kind, double score) {
    public TokenEvidence {
        Objects.requireNonNull(queryToken, "queryToken");
        Objects.requireNonNull(entityToken, "entityToken");
        Objects.requireNonNull(kind, "kind");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1, was " + score);
        }
    }
}
