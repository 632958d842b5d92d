package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The social core through the real server: PostgreSQL adapters wired by bootstrap, real HTTP. */
class SocialServerTest {

    @TempDir
    static Path dataDir;

    private static KithServer server;
    private static HttpClientFixture http;

    @BeforeAll
    static void start() {
        server = KithServer.start(Settings.from(Map.of("DATA_DIR", dataDir.toString(), "PORT", "0", "RATE_LIMITS", "off")));
        http = new HttpClientFixture(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String member(String username) {
        assertThat(http.post("/api/v1/auth/register", "{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.com\",\"password\":\"correct horse battery\"}", null).status()).isEqualTo(201);
        String token = await().atMost(Duration.ofSeconds(15)).until(() -> tokenFor(username + "@example.com"), Optional::isPresent).get();
        assertThat(http.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null).status()).isEqualTo(200);
        return http.post("/api/v1/auth/login", "{\"login\":\"" + username + "\",\"password\":\"correct horse battery\"}", null)
                .json().get("accessToken").asText();
    }

    private static Optional<String> tokenFor(String address) {
        return MailedLinks.verificationTokenFor(dataDir, address);
    }

    @Test
    void follows_posts_timeline_likes_comments_and_counts_work_on_postgresql() {
        String alice = member("alice");
        String bob = member("bob");

        assertThat(http.post("/api/v1/users/bob/follow", "", alice).json().get("state").asText()).isEqualTo("following");
        HttpClientFixture.Response posted = http.post("/api/v1/posts", "{\"text\":\"hello @alice from bob\"}", bob);
        assertThat(posted.status()).isEqualTo(201);
        String postId = posted.json().get("id").asText();

        JsonNode home = http.get("/api/v1/timelines/home?limit=10", alice).json();
        assertThat(home.get("items")).hasSize(1);
        assertThat(home.get("items").get(0).get("author").get("username").asText()).isEqualTo("bob");
        assertThat(home.get("nextCursor").isNull()).isTrue();

        JsonNode liked = http.post("/api/v1/posts/" + postId + "/like", "", alice).json();
        assertThat(liked.get("likesCount").asLong()).isEqualTo(1);
        assertThat(liked.get("likedByMe").asBoolean()).isTrue();
        assertThat(http.post("/api/v1/posts/" + postId + "/comments", "{\"text\":\"hi bob\"}", alice).status()).isEqualTo(201);

        JsonNode post = http.get("/api/v1/posts/" + postId, bob).json();
        assertThat(post.get("likesCount").asLong()).isEqualTo(1);
        assertThat(post.get("commentsCount").asLong()).isEqualTo(1);
        assertThat(post.get("likedByMe").asBoolean()).isFalse();

        JsonNode profile = http.get("/api/v1/users/bob", alice).json();
        assertThat(profile.get("followersCount").asLong()).isEqualTo(1);
        assertThat(profile.get("postsCount").asLong()).isEqualTo(1);
        assertThat(profile.get("relationship").get("following").asBoolean()).isTrue();
        assertThat(profile.has("email")).isFalse();

        assertThat(http.get("/api/v1/users?q=AL", bob).json().get("items").get(0).get("username").asText()).isEqualTo("alice");
        assertThat(http.get("/api/v1/timelines/home?limit=101", alice).status()).isEqualTo(400);
    }
}
