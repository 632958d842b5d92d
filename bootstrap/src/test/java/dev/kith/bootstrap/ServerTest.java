package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on its embedded defaults: PostgreSQL in DATA_DIR, mail as .eml files, a generated JWT key. */
class ServerTest {


    @TempDir
    Path dataDir;

    private Settings settings() {
        return Settings.from(Map.of("DATA_DIR", dataDir.toString(), "PORT", "0", "RATE_LIMITS", "off"));
    }

    @Test
    void walks_through_register_verify_login_and_me_on_embedded_defaults_and_keeps_accounts_across_restarts() {
        try (KithServer server = KithServer.start(settings())) {
            HttpClientFixture http = new HttpClientFixture(server.port());
            assertThat(http.get("/health/ready", null).status()).isEqualTo(200);

            HttpClientFixture.Response registered = http.post("/api/v1/auth/register",
                    "{\"username\":\"alice\",\"email\":\"alice@example.com\",\"password\":\"correct horse battery\"}", null);
            assertThat(registered.status()).isEqualTo(201);
            assertThat(registered.json().get("emailVerified").asBoolean()).isFalse();

            String token = await().atMost(Duration.ofSeconds(15)).until(() -> verificationToken(server.port()), t -> t != null);
            assertThat(http.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null).status()).isEqualTo(200);

            JsonNode login = http.post("/api/v1/auth/login", "{\"login\":\"alice\",\"password\":\"correct horse battery\"}", null).json();
            assertThat(login.get("tokenType").asText()).isEqualTo("Bearer");
            assertThat(login.get("expiresIn").asInt()).isEqualTo(900);
            assertThat(login.get("accessToken").asText().split("\\.")).hasSize(3);

            HttpClientFixture.Response me = http.get("/api/v1/me", login.get("accessToken").asText());
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("username").asText()).isEqualTo("alice");
            assertThat(me.json().get("emailVerified").asBoolean()).isTrue();
            assertThat(me.json().get("id").asText()).matches("[0-9a-f-]{36}");
        }
        assertThat(dataDir.resolve("jwt-secret")).exists();

        try (KithServer restarted = KithServer.start(settings())) {
            HttpClientFixture http = new HttpClientFixture(restarted.port());
            HttpClientFixture.Response login = http.post("/api/v1/auth/login",
                    "{\"login\":\"alice@example.com\",\"password\":\"correct horse battery\"}", null);
            assertThat(login.status()).isEqualTo(200);
            assertThat(http.get("/api/v1/me", login.json().get("accessToken").asText()).json().get("email").asText())
                    .isEqualTo("alice@example.com");
        }
    }

    @Test
    void stopping_lets_requests_in_flight_finish() throws Exception {
        // a slower hash (3 times OWASP's cost) keeps each login running far longer than the moment between
        // seeing all four in flight and the stop; with two hashes at a time on two cores, four logins still
        // finish well within the 10 s a stop waits, even on a loaded machine
        KithServer server = KithServer.start(Settings.from(Map.of("DATA_DIR", dataDir.toString(), "PORT", "0",
                "RATE_LIMITS", "off", "ARGON2_ITERATIONS", "6")));
        HttpClientFixture http = new HttpClientFixture(server.port());
        http.post("/api/v1/auth/register", "{\"username\":\"carol\",\"email\":\"carol@example.com\",\"password\":\"correct horse battery\"}", null);
        // the handler that a stop drains counts the requests it holds: stop once it holds all four logins
        GracefulHandler draining = server.http().javalin().jettyServer().server().getDescendant(GracefulHandler.class);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> inFlight = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                inFlight.add(clients.submit(() -> http.post("/api/v1/auth/login",
                        "{\"login\":\"carol\",\"password\":\"correct horse battery\"}", null).status()));
            }
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                    .until(draining::getCurrentRequestCount, count -> count == 4);
            server.close();

            for (Future<Integer> response : inFlight) {
                assertThat(response.get(20, TimeUnit.SECONDS)).isEqualTo(403);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** The token of the verification link, which points at the port the server listens on (PORT=0 picked it). */
    private String verificationToken(int port) {
        Pattern link = Pattern.compile("http://localhost:" + port + "/verify-email\\?token=([A-Za-z0-9_-]+)");
        Path outbox = dataDir.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return null;
        }
        try (Stream<Path> files = Files.list(outbox)) {
            List<Path> mails = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
            for (Path mail : mails) {
                Matcher matcher = link.matcher(Files.readString(mail));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
