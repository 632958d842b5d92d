package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document passes a real validator (swagger-parser) with no message, and the rules of
 * Redocly's recommended lint set that `redocly lint` warned about: a license, a 4XX response on every
 * operation, no unused component, and a server URL that is not a placeholder host.
 */
class OpenApiLintTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static String text;
    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = KithHttpServer.class.getResourceAsStream("/dev/kith/adapter/javalin/openapi.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        document = new ObjectMapper().readTree(text);
    }

    @Test
    void a_real_validator_finds_nothing_to_say() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void it_has_a_license() {
        assertThat(document.at("/info/license/name").asText()).isEqualTo("Apache-2.0");
        assertThat(document.at("/info/license/url").asText()).startsWith("https://");
    }

    @Test
    void every_operation_can_answer_a_4xx() {
        List<String> without = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                boolean has4xx = new ArrayList<>(iterable(operation.getValue().get("responses").fieldNames())).stream()
                        .anyMatch(code -> code.startsWith("4"));
                if (!has4xx) {
                    without.add(operation.getKey() + " " + path.getKey());
                }
            }
        }));

        assertThat(without).isEmpty();
    }

    @Test
    void every_component_is_used() {
        Set<String> unused = new TreeSet<>();
        document.get("components").properties().forEach(kind -> {
            if (kind.getKey().equals("securitySchemes")) {
                return;
            }
            kind.getValue().fieldNames().forEachRemaining(name -> {
                String ref = "\"#/components/" + kind.getKey() + "/" + name + "\"";
                if (!text.contains(ref)) {
                    unused.add(kind.getKey() + "/" + name);
                }
            });
        });

        assertThat(unused).isEmpty();
    }

    @Test
    void the_server_is_a_variable_whose_default_the_running_server_fills_in() {
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("{baseUrl}");
        assertThat(document.at("/servers/0/variables/baseUrl/default").asText()).startsWith("http");
        assertThat(document.at("/servers/0/url").asText()).doesNotContain("example.com").doesNotContain("localhost");
    }

    @Test
    void the_prose_sits_in_a_tag_not_in_the_header_of_every_generated_file() {
        assertThat(document.at("/info/description").asText()).hasSizeLessThan(300);
        assertThat(document.at("/tags/0/name").asText()).isEqualTo("Conventions");
        assertThat(document.at("/tags/0/description").asText()).contains("problem+json").contains("keyset");
    }

    @Test
    void no_operation_serves_html() {
        assertThat(text).doesNotContain("text/html");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
