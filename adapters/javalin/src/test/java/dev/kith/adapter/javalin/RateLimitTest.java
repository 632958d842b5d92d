package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.javalin.TestServer.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final String LOGIN = "{\"login\":\"nobody\",\"password\":\"whatever it is\"}";

    @Test
    void the_login_limit_answers_429_with_retry_after_once_the_burst_is_spent() {
        HttpSettings settings = HttpSettings.defaults()
                .withRateLimits(RateLimitSettings.defaults().withLogin(new RateLimit(1, Duration.ofMinutes(1), 3)));
        try (TestServer server = new TestServer(settings, Map.of())) {
            for (int i = 0; i < 3; i++) {
                server.post("/api/v1/auth/login", LOGIN).expect(401);
            }

            Reply limited = server.post("/api/v1/auth/login", LOGIN).expect(429);

            BadInputTest.assertProblem(limited, 429);
            assertThat(limited.code()).isEqualTo("rate_limited");
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
            server.post("/api/v1/auth/password-reset", "{\"email\":\"x@example.com\"}").expect(202);
            server.get("/health/live").expect(200);
        }
    }

    @Test
    void every_public_auth_endpoint_is_limited() {
        RateLimit once = new RateLimit(1, Duration.ofHours(1), 1);
        RateLimitSettings limits = new RateLimitSettings(true, once, once, once, once, once, once, once, 1000);
        try (TestServer server = new TestServer(HttpSettings.defaults().withRateLimits(limits), Map.of())) {
            for (String path : new String[]{"/api/v1/auth/register", "/api/v1/auth/verify-email",
                    "/api/v1/auth/resend-verification", "/api/v1/auth/login", "/api/v1/auth/refresh",
                    "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm"}) {
                assertThat(server.post(path, "{}").status()).as(path).isNotEqualTo(429);
                assertThat(server.post(path, "{}").status()).as(path).isEqualTo(429);
            }
        }
    }

    @Test
    void switched_off_nothing_is_limited() {
        try (TestServer server = new TestServer()) {
            for (int i = 0; i < 50; i++) {
                server.post("/api/v1/auth/login", LOGIN).expect(401);
            }
        }
    }

    @Test
    void rate_limits_parse_from_their_environment_form() {
        assertThat(RateLimit.parse("10/min")).isEqualTo(new RateLimit(10, Duration.ofMinutes(1), 10));
        assertThat(RateLimit.parse("100/h")).isEqualTo(new RateLimit(100, Duration.ofHours(1), 100));
        assertThat(RateLimit.parse("5/30s, burst=20")).isEqualTo(new RateLimit(5, Duration.ofSeconds(30), 20));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.parse("lots"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.parse("0/min"));
    }
}
