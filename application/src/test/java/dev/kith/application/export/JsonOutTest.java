package dev.kith.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonOutTest {

    private static String write(java.util.function.Consumer<JsonOut> body) {
        StringWriter out = new StringWriter();
        JsonOut json = new JsonOut(out);
        body.accept(json);
        json.flush();
        return out.toString();
    }

    @Test
    void strings_are_escaped_as_rfc_8259_wants_and_javascript_readers_need() {
        String text = "quote \" backslash \\ slash / tab \t nl \n cr \r bell \u0007 nul \u0000 ls \u2028 ps \u2029 fox 🦊 é";

        assertThat(write(json -> json.value(text))).isEqualTo("\"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bell "
                + "\\u0007 nul \\u0000 ls \\u2028 ps \\u2029 fox 🦊 é\"");
    }

    @Test
    void a_lone_surrogate_is_escaped_instead_of_lost() {
        assertThat(write(json -> json.value("a\uD83Eb\uDD8Ac"))).isEqualTo("\"a\\ud83eb\\udd8ac\"");
    }

    @Test
    void objects_and_arrays_nest_with_commas_between_members_and_nulls_for_absent_values() {
        String written = write(json -> json.beginArray()
                .beginObject().field("id", "1").field("n", 2).field("ok", true).field("at", Instant.parse("2026-12-05T10:00:00Z"))
                .field("none", Optional.empty()).field("some", Optional.of("x"))
                .name("list").beginArray().each(List.of("a", "b"), json::value).endArray()
                .name("empty").beginArray().endArray().endObject()
                .beginObject().endObject()
                .endArray());

        assertThat(written.replace("\n", "")).isEqualTo("[{\"id\":\"1\",\"n\":2,\"ok\":true,\"at\":\"2026-12-05T10:00:00Z\","
                + "\"none\":null,\"some\":\"x\",\"list\":[\"a\",\"b\"],\"empty\":[]},{}]");
    }
}
