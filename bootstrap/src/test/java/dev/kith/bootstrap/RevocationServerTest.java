package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.postgres.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revoked access tokens on the real server, PostgreSQL behind it, two nodes sharing it: an erased
 * account's token, a logged-out login's and one from before a password reset are refused at once on
 * the node that revoked them, within seconds on the other, and never answered with a 500.
 */
class RevocationServerTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dataDir;

    private static EmbeddedPostgres database;
    private static KithServer nodeA;
    private static KithServer nodeB;
    private static HttpClientFixture a;
    private static HttpClientFixture b;

    @BeforeAll
    static void start_two_nodes_on_one_database() {
        database = EmbeddedPostgres.startThrowaway();
        Map<String, String> env = Map.of("DATA_DIR", dataDir.toString(), "PORT", "0", "RATE_LIMITS", "off",
                "DATABASE_URL", database.url().jdbcUrl() + "?user=postgres",
                "JWT_SECRET", "a shared secret of the two nodes, 32+ bytes");
        nodeA = KithServer.start(Settings.from(env));
        nodeB = KithServer.start(Settings.from(env));
        a = new HttpClientFixture(nodeA.port());
        b = new HttpClientFixture(nodeB.port());
    }

    @AfterAll
    static void stop() {
        nodeB.close();
        nodeA.close();
        database.close();
    }

    @Test
    void an_erased_accounts_token_gets_401_on_every_route_and_never_a_500() {
        JsonNode zoe = signUp("zoe");
        JsonNode yan = signUp("yan");
        String token = zoe.get("accessToken").asText();
        String post = a.post("/api/v1/posts", "{\"text\":\"by yan\"}", yan.get("accessToken").asText()).json().get("id").asText();
        String ownPost = a.post("/api/v1/posts", "{\"text\":\"by zoe\"}", token).json().get("id").asText();

        assertThat(a.call("DELETE", "/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", token).status()).isEqualTo(204);

        List<String[]> routes = List.of(
                new String[] {"POST", "/api/v1/posts", "{\"text\":\"after\"}"},
                new String[] {"POST", "/api/v1/posts/" + post + "/like", ""},
                new String[] {"DELETE", "/api/v1/posts/" + post + "/like", ""},
                new String[] {"POST", "/api/v1/posts/" + post + "/comments", "{\"text\":\"after\"}"},
                new String[] {"DELETE", "/api/v1/posts/" + ownPost, ""},
                new String[] {"POST", "/api/v1/users/yan/follow", ""},
                new String[] {"DELETE", "/api/v1/users/yan/follow", ""},
                new String[] {"POST", "/api/v1/users/yan/block", ""},
                new String[] {"DELETE", "/api/v1/users/yan/block", ""},
                new String[] {"PATCH", "/api/v1/me", "{\"bio\":\"after\"}"},
                new String[] {"DELETE", "/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}"},
                new String[] {"POST", "/api/v1/auth/logout", "{\"refreshToken\":\"" + zoe.get("refreshToken").asText() + "\"}"},
                new String[] {"GET", "/api/v1/me", ""},
                new String[] {"GET", "/api/v1/timelines/home", ""},
                new String[] {"GET", "/api/v1/users/yan", ""},
                new String[] {"GET", "/api/v1/posts/" + post, ""});
        for (String[] route : routes) {
            HttpClientFixture.Response answer = a.call(route[0], route[1], route[2], token);
            assertThat(answer.status()).as("%s %s: %s", route[0], route[1], answer.body()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        // the other node learns it within seconds, and in the meantime answers no 500 either
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String[] route : routes) {
                assertThat(b.call(route[0], route[1], route[2], token).status()).as("%s %s", route[0], route[1]).isEqualTo(401);
            }
        });
    }

    @Test
    void logging_out_stops_that_logins_access_token_on_every_node() {
        JsonNode xia = signUp("xia");
        String token = xia.get("accessToken").asText();
        assertThat(b.get("/api/v1/me", token).status()).isEqualTo(200);

        assertThat(a.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + xia.get("refreshToken").asText() + "\"}", token)
                .status()).isEqualTo(204);

        assertThat(a.get("/api/v1/me", token).status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(10)).until(() -> b.get("/api/v1/me", token).status() == 401);
    }

    @Test
    void a_password_reset_stops_every_access_token_of_the_account() {
        JsonNode wes = signUp("wes");
        String phone = wes.get("accessToken").asText();
        String laptop = logIn("wes", PASSWORD).get("accessToken").asText();

        assertThat(a.post("/api/v1/auth/password-reset", "{\"email\":\"wes@example.com\"}", null).status()).isEqualTo(202);
        String reset = await().atMost(Duration.ofSeconds(15)).until(() -> tokenFor("wes@example.com", "reset-password"), Optional::isPresent).get();
        assertThat(b.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + reset + "\",\"newPassword\":\"another correct horse\"}", null).status()).isEqualTo(204);

        assertThat(b.get("/api/v1/me", phone).status()).isEqualTo(401);
        assertThat(b.get("/api/v1/me", laptop).status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(10)).until(() -> a.get("/api/v1/me", phone).status() == 401
                && a.get("/api/v1/me", laptop).status() == 401);
        assertThat(a.get("/api/v1/me", logIn("wes", "another correct horse").get("accessToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void liking_or_commenting_on_a_post_deleted_a_moment_ago_is_404() {
        String vic = signUp("vic").get("accessToken").asText();
        String uma = signUp("uma").get("accessToken").asText();
        String post = a.post("/api/v1/posts", "{\"text\":\"soon gone\"}", vic).json().get("id").asText();
        assertThat(a.call("DELETE", "/api/v1/posts/" + post, "", vic).status()).isEqualTo(204);

        HttpClientFixture.Response like = b.post("/api/v1/posts/" + post + "/like", "", uma);
        HttpClientFixture.Response comment = b.post("/api/v1/posts/" + post + "/comments", "{\"text\":\"hi\"}", uma);

        assertThat(like.status()).isEqualTo(404);
        assertThat(like.json().get("code").asText()).isEqualTo("not_found");
        assertThat(comment.status()).isEqualTo(404);
    }

    @Test
    void metrics_count_the_outbox_messages_waiting_and_those_set_aside() {
        String token = signUp("tia").get("accessToken").asText();

        HttpClientFixture.Response metrics = a.get("/metrics", token);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("(?m)^kith_outbox_pending \\d")
                .containsPattern("(?m)^kith_outbox_dead 0\\.0$");
    }

    private static JsonNode signUp(String username) {
        assertThat(a.post("/api/v1/auth/register", "{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.com\",\"password\":\"" + PASSWORD + "\"}", null).status()).isEqualTo(201);
        String token = await().atMost(Duration.ofSeconds(15))
                .until(() -> tokenFor(username + "@example.com", "verify-email"), Optional::isPresent).get();
        assertThat(a.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null).status()).isEqualTo(200);
        return logIn(username, PASSWORD);
    }

    private static JsonNode logIn(String username, String password) {
        HttpClientFixture.Response login = a.post("/api/v1/auth/login",
                "{\"login\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        assertThat(login.status()).isEqualTo(200);
        return login.json();
    }

    private static Optional<String> tokenFor(String address, String page) {
        return MailedLinks.tokenFor(dataDir, address, page);
    }
}
