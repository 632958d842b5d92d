package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-kept OpenAPI document must describe exactly the routes the server registers. */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static TestServer server;
    private static JsonNode document;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
        try (InputStream in = KithHttpServer.class.getResourceAsStream("/dev/kith/adapter/javalin/openapi.json")) {
            document = new ObjectMapper().readTree(in);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_registered_route_is_documented_and_every_documented_route_is_registered() {
        Set<String> registered = new TreeSet<>();
        server.server.javalin().unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .forEach(endpoint -> registered.add(endpoint.method.name() + " " + normalized(endpoint.path)));

        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                documented.add(method.toUpperCase() + " " + normalized(path.getKey()));
            }
        }));

        assertThat(registered).isNotEmpty();
        assertThat(documented).as("documented routes").containsExactlyElementsOf(registered);
    }

    @Test
    void the_served_document_is_the_kept_one() {
        assertThat(server.get("/openapi.json").expect(200).json()).isEqualTo(document);
    }

    @Test
    void every_reference_resolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);

        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            JsonNode target = document.at(ref.substring(1));
            assertThat(target.isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void operations_have_unique_ids_and_document_their_failures() {
        Set<String> ids = new HashSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            String name = entry.getKey() + " " + path.getKey();
            assertThat(ids.add(operation.get("operationId").asText())).as(name).isTrue();
            JsonNode responses = operation.get("responses");
            boolean isPublic = operation.has("security") && operation.get("security").isEmpty();
            if (!isPublic) {
                assertThat(responses.has("401")).as(name + " is authenticated, so it can be 401").isTrue();
            }
            if (operation.has("requestBody")) {
                assertThat(responses.has("400") && responses.has("413") && responses.has("415"))
                        .as(name + " takes a body, so it can be 400, 413 and 415").isTrue();
            }
        }));
    }

    @Test
    void bearer_authentication_is_the_default_security() {
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearerAuth")).isTrue();
        assertThat(document.at("/components/schemas/Problem/required").toString())
                .contains("type", "title", "status", "detail", "code");
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, refs));
        }
    }

    /** {@code /users/{username}} and {@code /users/{name}} are the same route. */
    private static String normalized(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("<[^>]*>", "{}");
    }
}
