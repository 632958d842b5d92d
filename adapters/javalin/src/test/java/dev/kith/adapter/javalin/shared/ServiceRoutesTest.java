package dev.kith.adapter.javalin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.HttpSettings;
import dev.kith.adapter.javalin.RateLimitSettings;
import dev.kith.adapter.javalin.ReadinessCheck;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ServiceRoutesTest {

    private static final HttpSettings SETTINGS = HttpSettings.defaults().withRateLimits(RateLimitSettings.off())
            .withReadinessTimeout(Duration.ofMillis(300));

    @Test
    void liveness_is_public_and_up() {
        try (TestServer server = new TestServer()) {
            Reply reply = server.get("/health/live").expect(200);

            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.json().toString()).isEqualTo("{\"status\":\"up\"}");
        }
    }

    @Test
    void readiness_reports_every_check_when_all_are_up() {
        Map<String, ReadinessCheck> checks = new LinkedHashMap<>();
        checks.put("database", () -> true);
        checks.put("redis", () -> true);
        try (TestServer server = new TestServer(SETTINGS, checks)) {
            JsonNode body = server.get("/health/ready").expect(200).json();

            assertThat(body.toString()).isEqualTo("{\"status\":\"up\",\"checks\":{\"database\":\"up\",\"redis\":\"up\"}}");
        }
    }

    @Test
    void readiness_is_503_naming_a_failing_throwing_or_hanging_check() {
        AtomicBoolean databaseUp = new AtomicBoolean(false);
        Map<String, ReadinessCheck> checks = new LinkedHashMap<>();
        checks.put("database", databaseUp::get);
        checks.put("redis", () -> {
            throw new IllegalStateException("connection refused");
        });
        checks.put("slow", () -> {
            Thread.sleep(5_000);
            return true;
        });
        try (TestServer server = new TestServer(SETTINGS, checks)) {
            long started = System.nanoTime();
            Reply reply = server.get("/health/ready").expect(503);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.code()).isEqualTo("not_ready");
            assertThat(reply.json().get("detail").asText()).contains("database", "redis", "slow");
            assertThat(reply.json().get("checks").toString())
                    .isEqualTo("{\"database\":\"down\",\"redis\":\"down\",\"slow\":\"down\"}");
            assertThat(reply.body()).doesNotContain("connection refused");

            databaseUp.set(true);
            assertThat(server.get("/health/ready").expect(503).json().get("checks").get("database").asText()).isEqualTo("up");
        }
    }

    @Test
    void metrics_need_authentication_and_then_speak_prometheus_text() {
        try (TestServer server = new TestServer()) {
            String token = server.accessToken("olivia");
            server.get("/health/live").expect(200);
            server.get("/nowhere/42").expect(404);

            Reply anonymous = server.get("/metrics").expect(401);
            Reply reply = server.get("/metrics", token).expect(200);

            assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
            assertThat(reply.body())
                    .contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/health/live\"} 1")
                    .contains("http_server_requests_seconds_count{method=\"POST\",status=\"201\",uri=\"/api/v1/auth/register\"} 1")
                    .contains("uri=\"UNMATCHED\"")
                    .doesNotContain("/nowhere/42")
                    .contains("jetty_connections");
        }
    }

    @Test
    void with_a_metrics_token_only_that_token_reads_metrics() {
        String metricsToken = "scrape-secret-0123456789";
        try (TestServer server = new TestServer(SETTINGS.withMetricsToken(metricsToken), Map.of())) {
            String accessToken = server.accessToken("pablo");

            server.get("/metrics", metricsToken).expect(200);
            assertThat(server.get("/metrics", accessToken).expect(401).code()).isEqualTo("invalid_token");
            server.get("/metrics", metricsToken + "x").expect(401);
        }
    }

    @Test
    void the_openapi_document_is_public_json() {
        try (TestServer server = new TestServer()) {
            Reply reply = server.get("/openapi.json").expect(200);

            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.json().get("openapi").asText()).startsWith("3.1");
            assertThat(reply.json().get("paths").has("/api/v1/auth/register")).isTrue();
        }
    }

    @Test
    void every_response_carries_security_headers_and_a_request_id() {
        try (TestServer server = new TestServer()) {
            for (Reply reply : new Reply[]{server.get("/health/live"), server.get("/nope"),
                    server.post("/api/v1/auth/login", "{")}) {
                assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
                assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
                assertThat(reply.header("X-Request-Id")).isNotBlank();
                assertThat(reply.header("Server")).isNull();
            }
        }
    }

    @Test
    void a_sane_request_id_from_the_caller_is_kept_and_a_hostile_one_replaced() {
        try (TestServer server = new TestServer()) {
            Reply kept = server.send(HttpRequest.newBuilder(server.uri("/health/live"))
                    .header("X-Request-Id", "proxy-id-1234").build());
            Reply replaced = server.send(HttpRequest.newBuilder(server.uri("/health/live"))
                    .header("X-Request-Id", "evil id with spaces").build());

            assertThat(kept.header("X-Request-Id")).isEqualTo("proxy-id-1234");
            assertThat(replaced.header("X-Request-Id")).isNotEqualTo("evil id with spaces").isNotBlank();
        }
    }
}
