package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void javadocExample() {
        assertThat(new Span(4, 8).in("The Kyiv talks")).isEqualTo("Kyiv");
    }

    @Test
    void boundsAreValidated() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(3, 2)).hasMessageContaining("0 <= start <= end");
        assertThat(Span.of(2, 2).isEmpty()).isTrue();
        assertThatThrownBy(() -> new Span(0, 5).in("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsOverlapsUnion() {
        Span a = new Span(2, 6);
        assertThat(a.contains(new Span(2, 6))).isTrue();
        assertThat(a.contains(new Span(3, 7))).isFalse();
        assertThat(a.overlaps(new Span(5, 9))).isTrue();
        assertThat(a.overlaps(new Span(6, 9))).isFalse();
        assertThat(a.overlaps(new Span(4, 4))).isFalse();
        assertThat(a.union(new Span(8, 9))).isEqualTo(new Span(2, 9));
        assertThat(a.length()).isEqualTo(4);
    }

    @Test
    void ordersByStartThenEnd() {
        List<Span> spans = new ArrayList<>(List.of(new Span(3, 4), new Span(1, 5), new Span(1, 2)));
        Collections.sort(spans);
        assertThat(spans).containsExactly(new Span(1, 2), new Span(1, 5), new Span(3, 4));
        assertThat(new Span(1, 2)).isEqualTo(Span.of(1, 2)).hasToString("[1, 2)");
    }
}
