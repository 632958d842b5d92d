package dev.kith.adapter.javalin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Javalin's own failure paths, which today's routes avoid but tomorrow's may take (ctx.body() with its
 * size check, ctx.bodyAsClass, query-parameter validators), still end as problem+json.
 */
class ErrorResponsesTest {

    private static final ObjectMapper MAPPER = Json.mapper(64);
    private static Javalin app;

    record Echo(String text) {
    }

    @BeforeAll
    static void start() {
        AtomicReference<Javalin> self = new AtomicReference<>();
        ErrorResponses errors = new ErrorResponses(MAPPER, () -> self.get().unsafe.internalRouter);
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = 64;
            cfg.jsonMapper(new JavalinJackson(MAPPER, false));
            errors.install(cfg);
            cfg.routes.post("/raw", ctx -> ctx.result(ctx.body()));
            cfg.routes.post("/bound", ctx -> ctx.json(ctx.bodyAsClass(Echo.class)));
            cfg.routes.get("/page", ctx -> ctx.json(ctx.queryParamAsClass("limit", Integer.class)
                    .check(limit -> limit <= 100, "must be at most 100").get()));
        });
        self.set(app);
        app.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void javalins_own_size_check_answers_413_problem() throws Exception {
        HttpResponse<String> response = send("POST", "/raw", "x".repeat(1000));

        assertProblem(response, 413, "payload_too_large");
    }

    @Test
    void javalins_body_binding_answers_400_problem() throws Exception {
        assertProblem(send("POST", "/bound", "{oops"), 400, "malformed_json");
        assertProblem(send("POST", "/bound", "{\"text\":[1]}"), 400, "malformed_json");
    }

    @Test
    void javalins_validators_answer_400_naming_the_parameter() throws Exception {
        HttpResponse<String> notANumber = send("GET", "/page?limit=abc", null);
        HttpResponse<String> tooMany = send("GET", "/page?limit=101", null);

        assertProblem(notANumber, 400, "validation_failed");
        assertProblem(tooMany, 400, "validation_failed");
        assertThat(MAPPER.readTree(tooMany.body()).at("/errors/0/field").asText()).isEqualTo("limit");
        assertThat(MAPPER.readTree(tooMany.body()).at("/errors/0/message").asText()).isEqualTo("must be at most 100");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = MAPPER.readTree(response.body());
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("status").asInt()).isEqualTo(status);
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
