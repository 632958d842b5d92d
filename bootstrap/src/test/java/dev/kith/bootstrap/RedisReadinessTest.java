package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kith.adapter.postgres.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

/** With {@code REDIS_URL} set, {@code /health/ready} reports Redis, and follows it down and back up. */
class RedisReadinessTest {

    @TempDir
    Path dataDir;

    @Test
    void reports_redis_and_is_not_ready_while_it_is_down() throws IOException {
        int port = freePort();
        RedisServer redis = redis(port);
        redis.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.startThrowaway();
             KithServer server = KithServer.start(Settings.from(Map.of("DATA_DIR", dataDir.toString(), "PORT", "0",
                     "RATE_LIMITS", "off", "DATABASE_URL", postgres.url().jdbcUrl() + "?user=" + postgres.url().user().orElseThrow(),
                     "REDIS_URL", "redis://127.0.0.1:" + port)))) {
            HttpClientFixture http = new HttpClientFixture(server.port());
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                HttpClientFixture.Response ready = http.get("/health/ready", null);
                assertThat(ready.status()).as(ready.body()).isEqualTo(200);
                assertThat(ready.json().get("checks").get("redis").asText()).isEqualTo("up");
            });

            redis.stop();

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                HttpClientFixture.Response ready = http.get("/health/ready", null);
                assertThat(ready.status()).as(ready.body()).isEqualTo(503);
                assertThat(ready.json().get("checks").get("redis").asText()).isEqualTo("down");
                assertThat(ready.json().get("checks").get("database").asText()).isEqualTo("up");
            });

            redis = redis(port);
            redis.start();

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(http.get("/health/ready", null).status()).isEqualTo(200));
        } finally {
            if (redis.isActive()) {
                redis.stop();
            }
        }
    }

    private static RedisServer redis(int port) throws IOException {
        return RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1").setting("save \"\"")
                .setting("appendonly no").build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
