package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.adapter.javalin.TestServer.Reply;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

    @Test
    void port_zero_picks_a_free_port() {
        try (TestServer one = new TestServer(); TestServer two = new TestServer()) {
            assertThat(one.server.port()).isPositive().isNotEqualTo(two.server.port());
        }
    }

    @Test
    void stopping_lets_a_request_in_flight_finish_and_then_refuses_connections() throws Exception {
        CountDownLatch checking = new CountDownLatch(1);
        ReadinessCheck slow = () -> {
            checking.countDown();
            Thread.sleep(1_000);
            return true;
        };
        HttpSettings settings = HttpSettings.defaults().withRateLimits(RateLimitSettings.off())
                .withReadinessTimeout(Duration.ofSeconds(5)).withStopTimeout(Duration.ofSeconds(5));
        TestServer server = new TestServer(settings, Map.of("slow", slow));
        int port = server.server.port();
        CompletableFuture<Reply> inFlight = CompletableFuture.supplyAsync(() -> server.get("/health/ready"));
        assertThat(checking.await(5, TimeUnit.SECONDS)).isTrue();

        server.close();

        assertThat(inFlight.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/health/live")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    @Test
    void virtual_threads_are_used_only_where_the_runtime_has_them() {
        try (TestServer server = new TestServer(HttpSettings.defaults().withVirtualThreads(true)
                .withRateLimits(RateLimitSettings.off()), Map.of())) {
            server.get("/health/live").expect(200);
            assertThat(server.server.javalin().unsafe.concurrency.useVirtualThreads)
                    .isEqualTo(Runtime.version().feature() >= 21);
        }
    }

    @Test
    void platform_threads_are_bounded_by_the_settings_and_serve_more_connections_than_threads() throws Exception {
        try (TestServer server = new TestServer(HttpSettings.defaults().withVirtualThreads(false).withMaxThreads(12)
                .withRateLimits(RateLimitSettings.off()), Map.of())) {
            assertThat(server.server.javalin().jettyServer().server().getThreadPool())
                    .isInstanceOfSatisfying(QueuedThreadPool.class, pool -> assertThat(pool.getMaxThreads()).isEqualTo(12));
            // 40 requests at once on 12 threads: the rest wait in Jetty's queue, none is refused
            ExecutorService clients = Executors.newFixedThreadPool(40);
            try {
                List<Future<Integer>> replies = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    replies.add(clients.submit(() -> server.get("/health/live").status()));
                }
                for (Future<Integer> reply : replies) {
                    assertThat(reply.get(30, TimeUnit.SECONDS)).isEqualTo(200);
                }
            } finally {
                clients.shutdownNow();
            }
        }
        assertThatThrownBy(() -> HttpSettings.defaults().withMaxThreads(HttpSettings.MIN_THREADS - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
