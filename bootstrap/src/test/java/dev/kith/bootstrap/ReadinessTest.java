package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kith.adapter.postgres.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /health/ready} on the real server tells a busy database (still ready) from one it cannot reach. */
class ReadinessTest {

    private static final int POOL_SIZE = 2;

    @TempDir
    Path dataDir;

    @Test
    void stays_ready_while_every_pooled_connection_is_held_by_a_request() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.startThrowaway();
             KithServer server = KithServer.start(settings(postgres));
             Connection locker = DriverManager.getConnection(jdbcUrl(postgres));
             Connection observer = DriverManager.getConnection(jdbcUrl(postgres))) {
            HttpClientFixture http = new HttpClientFixture(server.port());
            assertThat(http.get("/health/ready", null).status()).isEqualTo(200);

            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE");
            }
            // each login holds one of the pool's connections while it waits for the lock
            List<CompletableFuture<HttpResponse<String>>> logins = new ArrayList<>();
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < POOL_SIZE; i++) {
                logins.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                                + "/api/v1/auth/login")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"nobody" + i + "\",\"password\":\"whatever it is\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()));
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> poolConnectionsWaitingForTheLock(observer) == POOL_SIZE);

            HttpClientFixture.Response ready = http.get("/health/ready", null);

            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
            assertThat(ready.json().get("checks").get("database").asText()).isEqualTo("up");
            locker.rollback();
            for (CompletableFuture<HttpResponse<String>> login : logins) {
                assertThat(login.get(15, TimeUnit.SECONDS).statusCode()).isEqualTo(401);
            }
        }
    }

    @Test
    void is_not_ready_at_once_when_the_database_stops() {
        EmbeddedPostgres postgres = EmbeddedPostgres.startThrowaway();
        try (KithServer server = KithServer.start(settings(postgres))) {
            HttpClientFixture http = new HttpClientFixture(server.port());
            assertThat(http.get("/health/ready", null).status()).isEqualTo(200);

            postgres.close();
            long started = System.nanoTime();
            HttpClientFixture.Response ready = http.get("/health/ready", null);

            assertThat(ready.status()).as(ready.body()).isEqualTo(503);
            assertThat(ready.contentType()).startsWith("application/problem+json");
            assertThat(ready.json().get("code").asText()).isEqualTo("not_ready");
            assertThat(ready.json().get("checks").get("database").asText()).isEqualTo("down");
            // refused at once, not given up on after the readiness timeout (2 s)
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        } finally {
            postgres.close();
        }
    }

    private Settings settings(EmbeddedPostgres postgres) {
        return Settings.from(Map.of("DATA_DIR", dataDir.toString(), "PORT", "0", "RATE_LIMITS", "off",
                "DATABASE_URL", jdbcUrl(postgres), "DATABASE_POOL_SIZE", Integer.toString(POOL_SIZE)));
    }

    private static String jdbcUrl(EmbeddedPostgres postgres) {
        return postgres.url().jdbcUrl() + "?user=" + postgres.url().user().orElseThrow();
    }

    private static int poolConnectionsWaitingForTheLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE application_name = 'kith' AND wait_event_type = 'Lock'")) {
            count.next();
            return count.getInt(1);
        }
    }
}
