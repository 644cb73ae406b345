package dev.parallax.align;

import java.util.List;

/**
 * Sentences of several documents that state the same fact: a connected group of comparable links.
 *
 * @param members the sentences, ordered by document then sentence index
 * @param cohesion the mean cosine of the links that hold the cluster together, 0..1
 */
public record FactCluster(List<Member> members, double cohesion) {
    public FactCluster {
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a fact cluster needs at least 2 sentences, got " + members.size());
        }
    }

    /** Number of distinct documents among the members. */
    public int documents() {
        return (int) members.stream().mapToInt(Member::document).distinct().count();
    }

    /**
     * One sentence of a cluster.
     *
     * @param document index of the document in the list given to {@link FactClusterer#cluster}
     * @param sentence index of the sentence in that document
     */
    public record Member(int document, int sentence) {
        public Member {
            if (document < 0 || sentence < 0) {
                throw new IllegalArgumentException("indices must be >= 0, got " + document + ", " + sentence);
            }
        }
    }
}
