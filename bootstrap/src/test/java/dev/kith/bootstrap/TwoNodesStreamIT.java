package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.postgres.DatabaseUrl;
import dev.kith.adapter.postgres.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

/**
 * Two packaged servers sharing one PostgreSQL and one real Redis, as nodes behind a load balancer: a user
 * connected to node 1 receives, over its WebSocket, the notification of a like made through node 2; then
 * Redis restarts while the user is away, and reconnecting to node 1 with the last id it saw it receives
 * every event it missed exactly once, in order, and the live ones after.
 */
class TwoNodesStreamIT {

    private static final String JWT_SECRET = "two-nodes-share-this-secret-of-more-than-32-bytes";

    @TempDir
    Path temp;

    @Test
    void a_like_through_node_2_reaches_a_socket_on_node_1_and_a_redis_restart_loses_nothing() throws Exception {
        int redisPort = KithProcess.freePort();
        RedisServer redis = new RedisServer(redisPort);
        redis.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.startThrowaway();
             KithProcess node1 = KithProcess.start(env(postgres.url(), redisPort, "node1"), temp.resolve("node1.log"));
             KithProcess node2 = KithProcess.start(env(postgres.url(), redisPort, "node2"), temp.resolve("node2.log"))) {
            HttpClientFixture one = new HttpClientFixture(node1.port());
            HttpClientFixture two = new HttpClientFixture(node2.port());
            String alice = member(one, "alice");
            String bob = member(two, "bob");
            String post = one.post("/api/v1/posts", "{\"text\":\"hello from node 1\"}", alice).json().get("id").asText();
            assertThat(one.get("/health/ready", null).body()).contains("redis");

            StreamSocket first = StreamSocket.open(node1.port(), alice, null);
            assertThat(two.post("/api/v1/posts/" + post + "/like", "", bob).status()).isEqualTo(200);
            JsonNode liked = first.next("notification");
            assertThat(liked.at("/notification/type").asText()).isEqualTo("like");
            assertThat(liked.at("/notification/actor/username").asText()).isEqualTo("bob");
            JsonNode count = first.next("unread");
            assertThat(count.get("count").asLong()).isEqualTo(1);
            long last = count.get("id").asLong();
            first.close();

            // Redis goes down while alice is away; the nodes go on, and what happens lands in the log
            redis.stop();
            assertThat(two.post("/api/v1/posts/" + post + "/comments", "{\"text\":\"first!\"}", bob).status()).isEqualTo(201);
            assertThat(two.post("/api/v1/users/alice/follow", "", bob).status()).isEqualTo(200);
            redis = new RedisServer(redisPort);
            redis.start();

            StreamSocket again = StreamSocket.open(node1.port(), alice, last);
            List<JsonNode> missed = new ArrayList<>();
            missed.add(again.next("notification"));
            missed.add(again.next("unread"));
            missed.add(again.next("notification"));
            missed.add(again.next("unread"));
            assertThat(missed).extracting(event -> event.at("/notification/type").asText(""))
                    .containsExactly("comment", "", "follow", "");
            // live again, through the restarted Redis (or the nodes' polling): once
            assertThat(two.post("/api/v1/posts/" + post + "/like", "", bob).status()).isEqualTo(200);  // already liked: nothing
            String carol = member(two, "carol");
            assertThat(two.post("/api/v1/posts/" + post + "/like", "", carol).status()).isEqualTo(200);
            JsonNode live = again.next("notification");
            assertThat(live.at("/notification/actor/username").asText()).isEqualTo("carol");
            again.next("unread");
            Thread.sleep(2_000);  // a repeat would come within the nodes' one-second poll
            assertThat(again.others()).as("no event twice, none out of order").isEmpty();
            List<Long> ids = again.ids();
            assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id > last);
            again.close();
        } finally {
            redis.stop();
        }
    }

    private Map<String, String> env(DatabaseUrl database, int redisPort, String node) {
        Map<String, String> env = new HashMap<>();
        env.put("DATA_DIR", temp.resolve(node).toString());
        env.put("DATABASE_URL", database.jdbcUrl() + "?user=" + database.user().orElse("postgres")
                + database.password().map(password -> "&password=" + password).orElse(""));
        env.put("REDIS_URL", "redis://localhost:" + redisPort);
        env.put("JWT_SECRET", JWT_SECRET);
        env.put("RATE_LIMITS", "off");
        return env;
    }

    // registers through one node; the verification mail is written by whichever node's relay sends it
    private String member(HttpClientFixture node, String name) throws InterruptedException {
        assertThat(node.post("/api/v1/auth/register", "{\"username\":\"" + name + "\",\"email\":\"" + name
                + "@example.com\",\"password\":\"correct horse battery\"}", null).status()).isEqualTo(201);
        String token = null;
        for (int i = 0; i < 100 && token == null; i++) {
            token = MailedLinks.verificationTokenFor(temp.resolve("node1"), name + "@example.com")
                    .or(() -> MailedLinks.verificationTokenFor(temp.resolve("node2"), name + "@example.com")).orElse(null);
            if (token == null) {
                Thread.sleep(100);
            }
        }
        assertThat(token).as("a verification mail for " + name).isNotNull();
        assertThat(node.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null).status()).isEqualTo(200);
        return node.post("/api/v1/auth/login", "{\"login\":\"" + name + "\",\"password\":\"correct horse battery\"}", null)
                .json().get("accessToken").asText();
    }
}
