package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-kept OpenAPI document must describe exactly the routes the server registers. */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /**
     * Routes that are not the JSON API, kept out of the document so that generated clients don't grow
     * methods for them: the HTML pages mails link to, and the document itself (docs/api.md lists them).
     */
    private static final Set<String> NOT_THE_API = Set.of("GET /verify-email", "GET /reset-password", "GET /openapi.json");

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
                .map(endpoint -> endpoint.method.name() + " " + normalized(endpoint.path))
                .filter(route -> !NOT_THE_API.contains(route))
                .forEach(registered::add);

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
    void served_it_names_the_servers_public_address_as_the_default_server() {
        try (TestServer behindAProxy = new TestServer(HttpSettings.defaults().withRateLimits(RateLimitSettings.off())
                .withPublicBaseUrl(java.net.URI.create("https://social.example.org/")), Map.of())) {
            JsonNode served = behindAProxy.get("/openapi.json").expect(200).json();

            assertThat(served.at("/servers/0/url").asText()).isEqualTo("{baseUrl}");
            assertThat(served.at("/servers/0/variables/baseUrl/default").asText()).isEqualTo("https://social.example.org");
            assertThat(served.get("paths")).isEqualTo(document.get("paths"));
        }
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
        document.get("paths").properties().forEach(path -> operations(path.getValue()).forEach(entry -> {
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
    void every_path_parameter_is_declared_and_every_list_takes_limit_and_cursor() {
        document.get("paths").properties().forEach(path -> operations(path.getValue()).forEach(entry -> {
            String name = entry.getKey() + " " + path.getKey();
            List<JsonNode> parameters = new ArrayList<>();
            entry.getValue().path("parameters").forEach(parameter -> parameters.add(resolved(parameter)));
            Set<String> declaredInPath = new TreeSet<>();
            Set<String> declaredInQuery = new TreeSet<>();
            parameters.forEach(parameter -> (parameter.get("in").asText().equals("path") ? declaredInPath : declaredInQuery)
                    .add(parameter.get("name").asText()));
            Set<String> inTemplate = new TreeSet<>();
            Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (matcher.find()) {
                inTemplate.add(matcher.group(1));
            }
            assertThat(declaredInPath).as(name + " path parameters").isEqualTo(inTemplate);

            String okSchema = entry.getValue().at("/responses/200/content/application~1json/schema/$ref").asText();
            if (okSchema.endsWith("Page")) {
                assertThat(declaredInQuery).as(name + " is a list").contains("limit", "cursor");
                assertThat(entry.getValue().at("/responses").has("400")).as(name + " can refuse a limit").isTrue();
                JsonNode page = document.at(okSchema.substring(1));
                assertThat(page.at("/required").toString()).as(okSchema).contains("items", "nextCursor");
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

    private static List<Map.Entry<String, JsonNode>> operations(JsonNode pathItem) {
        return pathItem.properties().stream().filter(entry -> METHODS.contains(entry.getKey())).toList();
    }

    private static JsonNode resolved(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** {@code /users/{username}} and {@code /users/{name}} are the same route. */
    private static String normalized(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("<[^>]*>", "{}");
    }
}
