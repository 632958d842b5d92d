package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.javalin.TestServer.Reply;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and clumsy requests: each must get a 4xx problem, never a 500, HTML or a stack trace. */
class BadInputTest {

    private static final List<String> JSON_ROUTES = List.of(
            "POST /api/v1/auth/register", "POST /api/v1/auth/verify-email", "POST /api/v1/auth/resend-verification",
            "POST /api/v1/auth/login", "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout",
            "POST /api/v1/auth/password-reset", "POST /api/v1/auth/password-reset/confirm",
            "PATCH /api/v1/me", "DELETE /api/v1/me", "POST /api/v1/posts", "POST /api/v1/posts/{id}/comments");

    private static TestServer server;
    private static String token;
    private static String postId;

    @BeforeAll
    static void start() {
        server = new TestServer();
        token = server.accessToken("mallory");
        postId = server.post("/api/v1/posts", "{\"text\":\"a post to comment on\"}", token).expect(201)
                .json().get("id").asText();
    }

    /** The routes that take a JSON body, with real ids in their paths. */
    private static List<String> jsonRoutes() {
        return JSON_ROUTES.stream().map(route -> route.replace("{id}", postId)).toList();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> routes() {
        return jsonRoutes().stream().map(route -> Arguments.of(route.split(" ")[0], route.split(" ")[1]));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void malformed_json_is_400_malformed_json(String method, String path) {
        for (String body : List.of("{", "{\"a\":}", "nope", "{\"a\":1} trailing", "{'single':'quotes'}",
                "{\"a\":1,\"a\":2}", "{\"a\":NaN}", "{\"a\":1,}", "[1,2", "\"unterminated")) {
            Reply reply = send(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertProblem(reply, 400);
            assertThat(reply.code()).as(body).isEqualTo("malformed_json");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void a_body_that_is_not_an_object_is_400(String method, String path) {
        for (String body : List.of("", "   ", "[]", "[{\"login\":\"a\"}]", "\"text\"", "42", "true", "null")) {
            Reply reply = send(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertProblem(reply, 400);
            assertThat(reply.code()).as("<" + body + ">").isEqualTo("malformed_json");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void a_wrong_content_type_is_415(String method, String path) {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/xml", "application/json; charset=iso-8859-1", "")) {
            Reply reply = send(method, path, type, "{}".getBytes(StandardCharsets.UTF_8));
            assertProblem(reply, 415);
            assertThat(reply.code()).as(type).isEqualTo("unsupported_media_type");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void a_body_over_the_limit_is_413(String method, String path) {
        byte[] huge = ("{\"email\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);

        Reply declared = send(method, path, "application/json", huge);
        Reply streamed = server.send(authorized(HttpRequest.newBuilder(server.uri(path)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build());

        for (Reply reply : List.of(declared, streamed)) {
            assertProblem(reply, 413);
            assertThat(reply.code()).isEqualTo("payload_too_large");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void deeply_nested_json_is_400(String method, String path) {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        String deepObjects = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);

        assertProblem(send(method, path, "application/json", deep.getBytes(StandardCharsets.UTF_8)), 400);
        assertProblem(send(method, path, "application/json", deepObjects.getBytes(StandardCharsets.UTF_8)), 400);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void bytes_that_are_not_utf8_text_are_400(String method, String path) {
        byte[] invalidUtf8 = {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        byte[] rawNul = {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', 'a', 0, 'b', '"', '}'};
        byte[] onlyNul = {0, 0, 0, 0};

        for (byte[] body : List.of(invalidUtf8, rawNul, onlyNul)) {
            assertProblem(send(method, path, "application/json", body), 400);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void numbers_arrays_and_objects_where_strings_belong_name_the_field(String method, String path) {
        String field = switch (path) {
            case "/api/v1/auth/register", "/api/v1/auth/resend-verification", "/api/v1/auth/password-reset" -> "email";
            case "/api/v1/auth/login" -> "login";
            case "/api/v1/auth/refresh", "/api/v1/auth/logout" -> "refreshToken";
            case "/api/v1/auth/verify-email", "/api/v1/auth/password-reset/confirm" -> "token";
            case "/api/v1/me" -> method.equals("PATCH") ? "bio" : "password";
            default -> {
                if (!path.startsWith("/api/v1/posts")) {
                    throw new IllegalArgumentException(path);
                }
                yield "text";
            }
        };
        for (String value : List.of("12345678901234567890", "1.5e300", "true", "[\"a\"]", "{\"a\":\"b\"}")) {
            Reply reply = send(method, path, "application/json",
                    ("{\"" + field + "\":" + value + "}").getBytes(StandardCharsets.UTF_8));
            assertProblem(reply, 400);
            assertThat(reply.code()).isEqualTo("validation_failed");
            assertThat(reply.json().path("errors").toString()).contains("\"field\":\"" + field + "\"");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void unknown_fields_are_named(String method, String path) {
        Reply reply = send(method, path, "application/json", "{\"surprise\":1}".getBytes(StandardCharsets.UTF_8));

        assertProblem(reply, 400);
        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(reply.json().path("errors").toString()).contains("\"field\":\"surprise\"");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void strings_with_nul_lone_surrogates_or_huge_lengths_are_400(String method, String path) {
        List<String> fields = List.of("username", "email", "password", "login", "token", "refreshToken", "newPassword",
                "displayName", "bio", "avatarMediaId", "text", "groupId", "parentId");
        for (String value : List.of("a\\u0000b", "\\ud800", "x\\udfffy", "\\u0000", "a".repeat(500_000))) {
            for (String field : fields) {
                // logging out with a token that is not yours is a no-op by design (LogOut's contract), so 204
                boolean logoutToken = path.equals("/api/v1/auth/logout") && !value.contains("\\ud");
                if (!allows(method, path, field) || logoutToken) {
                    continue;
                }
                Reply reply = send(method, path, "application/json",
                        ("{\"" + field + "\":\"" + value + "\"}").getBytes(StandardCharsets.UTF_8));
                assertThat(reply.status()).as(field + "=" + value.substring(0, Math.min(10, value.length())))
                        .isBetween(400, 499);
                assertProblem(reply, reply.status());
            }
        }
    }

    @Test
    void random_bytes_and_random_json_never_cause_a_server_error() {
        Random random = new Random(20261123L);
        for (int i = 0; i < 300; i++) {
            List<String> routes = jsonRoutes();
            String[] route = routes.get(random.nextInt(routes.size())).split(" ");
            byte[] body = i % 2 == 0 ? randomBytes(random) : randomJson(random, 0).getBytes(StandardCharsets.UTF_8);
            Reply reply = send(route[0], route[1], "application/json", body);
            assertThat(reply.status()).as("round " + i + " " + route[1] + ": " + reply.body()).isLessThan(500);
            if (reply.status() >= 400) {
                assertProblem(reply, reply.status());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api", "/api/v1", "/api/v1/nothing", "/api/v2/me", "/api/v1/auth/login/extra",
            "/health", "/metrics/x", "/index.html", "/api/v1/users/x/nothing", "/api/v1/posts/x/y/z", "/%E2%82%AC"})
    void unknown_routes_are_404_not_found(String path) {
        Reply reply = server.get(path);

        assertProblem(reply, 404);
        assertThat(reply.code()).isEqualTo("not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users/..%2f..%2fetc", "/api/v1/users/..%2F..%2Fetc/posts",
            "/api/v1/users/a%20b", "/api/v1/posts/..%2f..%2fetc", "/api/v1/posts/%27%20OR%201=1--"})
    void path_parameters_that_name_nothing_are_404_not_found(String path) {
        Reply reply = server.get(path, token);

        assertProblem(reply, 404);
        assertThat(reply.code()).isEqualTo("not_found");
    }

    @Test
    void a_wrong_method_is_405_with_the_allowed_methods() {
        Reply get = server.get("/api/v1/auth/login");
        Reply put = server.send(HttpRequest.newBuilder(server.uri("/api/v1/me"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        Reply post = server.post("/health/live", "{}");

        assertProblem(get, 405);
        assertThat(get.code()).isEqualTo("method_not_allowed");
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertProblem(put, 405);
        assertThat(put.header("Allow")).isEqualTo("DELETE, GET, PATCH");
        assertProblem(post, 405);
        assertThat(post.header("Allow")).isEqualTo("GET");
    }

    private static boolean allows(String method, String path, String field) {
        return switch (path) {
            case "/api/v1/auth/register" -> List.of("username", "email", "password").contains(field);
            case "/api/v1/auth/verify-email" -> field.equals("token");
            case "/api/v1/auth/resend-verification", "/api/v1/auth/password-reset" -> field.equals("email");
            case "/api/v1/auth/login" -> List.of("login", "password").contains(field);
            case "/api/v1/auth/refresh", "/api/v1/auth/logout" -> field.equals("refreshToken");
            case "/api/v1/auth/password-reset/confirm" -> List.of("token", "newPassword").contains(field);
            case "/api/v1/me" -> method.equals("PATCH")
                    ? List.of("displayName", "bio", "avatarMediaId").contains(field) : field.equals("password");
            case "/api/v1/posts" -> List.of("text", "groupId").contains(field);
            default -> path.endsWith("/comments") && List.of("text", "parentId").contains(field);
        };
    }

    private static Reply send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = authorized(HttpRequest.newBuilder(server.uri(path)))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (!contentType.isEmpty()) {
            builder.header("Content-Type", contentType);
        }
        return server.send(builder.build());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder builder) {
        return builder.header("Authorization", "Bearer " + token);
    }

    static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        String body = reply.body();
        assertThat(body).doesNotContainIgnoringCase("<html").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("type").asText()).startsWith("https://kith.dev/problems/");
        assertThat(reply.json().get("title").asText()).isNotBlank();
        assertThat(reply.json().get("detail").asText()).isNotBlank();
        assertThat(reply.json().get("code").asText()).matches("[a-z_]+");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        if (bytes.length > 0 && random.nextBoolean()) {
            bytes[0] = '{';
        }
        return bytes;
    }

    private static String randomJson(Random random, int depth) {
        int kind = depth > 4 ? random.nextInt(5) : random.nextInt(7);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> Boolean.toString(random.nextBoolean());
            case 2 -> Long.toString(random.nextLong());
            case 3 -> Double.toString(random.nextGaussian() * 1e10);
            case 4 -> "\"" + randomText(random) + "\"";
            case 5 -> {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(randomJson(random, depth + 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
            default -> {
                List<String> names = List.of("username", "email", "password", "login", "token", "refreshToken",
                        "newPassword", "displayName", "bio", "avatarMediaId", "private", "text", "mediaIds", "groupId",
                        "parentId", "x");
                List<String> members = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    members.add("\"" + names.get(random.nextInt(names.size())) + "\":" + randomJson(random, depth + 1));
                }
                yield "{" + String.join(",", members.stream().distinct().toList()) + "}";
            }
        };
    }

    private static String randomText(Random random) {
        String[] pieces = {"a", "Z", "0", "_", "@", ".", " ", "é", "🦊", "\\u0000", "\\ud800", "\\n", "\\\"", "東",
                "\\u202e", "%", "<script>"};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
