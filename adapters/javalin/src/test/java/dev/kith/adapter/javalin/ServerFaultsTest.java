package dev.kith.adapter.javalin;

import dev.kith.application.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.inmemory.InMemoryKith;
import dev.kith.application.Kith;
import dev.kith.application.account.port.AccountRepository;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Faults inside the core: an opaque 500 with a correlation id, never the exception's text or a trace. */
class ServerFaultsTest {

    private static final String REGISTER = "{\"username\":\"rita\",\"email\":\"rita@example.com\",\"password\":\"long enough pw\"}";

    @Test
    void an_unexpected_exception_is_an_opaque_500_with_a_correlation_id() throws Exception {
        try (KithHttpServer server = serverWhoseAccountsThrow(() -> new IllegalStateException("db password is hunter2"))) {
            HttpResponse<String> response = register(server);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"code\":\"internal_error\"")
                    .contains("\"correlationId\":\"" + response.headers().firstValue("X-Request-Id").orElseThrow() + "\"")
                    .doesNotContain("hunter2").doesNotContain("IllegalState").doesNotContain("\tat ");
        }
    }

    @Test
    void a_java_lang_error_is_an_opaque_500_too() throws Exception {
        try (KithHttpServer server = serverWhoseAccountsThrow(() -> new StackOverflowError("deep"))) {
            HttpResponse<String> response = register(server);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"code\":\"internal_error\"")
                    .contains("\"correlationId\":\"" + response.headers().firstValue("X-Request-Id").orElseThrow() + "\"")
                    .doesNotContain("StackOverflow");
        }
    }

    private static HttpResponse<String> register(KithHttpServer server) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/v1/auth/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(REGISTER)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static KithHttpServer serverWhoseAccountsThrow(Supplier<Throwable> failure) {
        AccountRepository broken = (AccountRepository) Proxy.newProxyInstance(AccountRepository.class.getClassLoader(),
                new Class<?>[]{AccountRepository.class}, (proxy, method, args) -> {
                    throw failure.get();
                });
        // the social tables read accounts directly; only the use cases' repository is broken
        Kith kith = InMemoryKith.builder(new MutableClock(TestServer.START))
                .override(AccountRepository.class, broken)
                .build()
                .kith();
        return new KithHttpServer(kith, HttpSettings.defaults().withRateLimits(RateLimitSettings.off()), Map.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).start("127.0.0.1", 0);
    }
}
