package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void javadocExample() {
        Json j = new Json();
        j.beginObject().name("text").value("Київ").name("start").value(3).endObject();
        assertThat(j).hasToString("{\"text\":\"Київ\",\"start\":3}");
    }

    @Test
    void nestedContainersGetCommas() {
        Json j = new Json();
        j.beginObject()
                .name("a")
                .beginArray()
                .value(1)
                .value("x")
                .nullValue()
                .value(true)
                .beginObject()
                .endObject()
                .endArray()
                .name("b")
                .raw("[1]")
                .endObject();
        assertThat(j).hasToString("{\"a\":[1,\"x\",null,true,{}],\"b\":[1]}");
    }

    @Test
    void stringsAreEscaped() {
        assertThat(Json.quoted("a\"b\\c\n\r\t\b\f\u0001\u2028\u2029é"))
                .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u2028\\u2029é\"");
        assertThat(Json.quoted("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
        assertThat(Json.quoted("x\uD800y\uDC00")).isEqualTo("\"x\\ud800y\\udc00\"");
        assertThat(new Json().value((String) null)).hasToString("null");
    }

    @Test
    void doubles() {
        assertThat(new Json().value(0.5)).hasToString("0.5");
        assertThat(new Json().value(1.0)).hasToString("1");
        assertThat(new Json().value(0.123456)).hasToString("0.1235");
        assertThat(new Json().value(-0.0)).hasToString("0");
        assertThat(new Json().value(0.00001)).hasToString("0");
        assertThat(new Json().value(Double.NaN)).hasToString("null");
        assertThat(new Json().value(Double.POSITIVE_INFINITY)).hasToString("null");
    }

    @Test
    void resetStartsAFreshLine() {
        Json j = new Json();
        j.beginObject().name("a").value(1).endObject();
        j.reset().beginObject().name("b").value(2).endObject();
        assertThat(j).hasToString("{\"b\":2}");
    }

    @Test
    void misuseIsRejected() {
        assertThatThrownBy(() -> new Json().name("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Json().endObject()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deepNestingGrows() {
        Json j = new Json();
        for (int i = 0; i < 40; i++) {
            j.beginArray();
        }
        for (int i = 0; i < 40; i++) {
            j.endArray();
        }
        assertThat(j.toString()).hasSize(80);
    }
}
