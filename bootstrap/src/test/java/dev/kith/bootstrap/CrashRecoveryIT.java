package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar killed with SIGKILL in the middle of writes, and started again on the same DATA_DIR,
 * five times: every start succeeds and every acknowledged write and counter is there.
 */
class CrashRecoveryIT {

    private static final int ROUNDS = 5;
    private static final int WRITERS = 3;
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path temp;

    private Map<String, String> env() {
        return Map.of("DATA_DIR", temp.resolve("data").toString(), "RATE_LIMITS", "off");
    }

    @Test
    void five_kill_9_and_restart_rounds_keep_every_acknowledged_write() throws Exception {
        Set<String> acknowledgedPosts = ConcurrentHashMap.newKeySet();
        Set<String> acknowledgedLikes = ConcurrentHashMap.newKeySet();
        KithProcess kith = KithProcess.start(env(), temp.resolve("kith-0.log"));
        String token;
        try {
            token = signUp(new HttpClientFixture(kith.port()), "alice");
        } catch (RuntimeException | Error e) {
            kith.close();
            throw e;
        }
        for (int round = 1; round <= ROUNDS; round++) {
            HttpClientFixture http = new HttpClientFixture(kith.port());
            int before = acknowledgedPosts.size();
            boolean withoutWatchdog = round % 2 == 0;
            long postmaster = postmasterPid();
            writeUntilKilled(kith, http, token, acknowledgedPosts, acknowledgedLikes, withoutWatchdog);
            assertThat(acknowledgedPosts.size()).as("round %d wrote something", round).isGreaterThan(before);
            if (!withoutWatchdog) {
                // the watchdog stops PostgreSQL once the server is gone
                await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(postmaster).map(p -> !p.isAlive()).orElse(true));
            }

            kith = KithProcess.start(env(), temp.resolve("kith-" + round + ".log"));
            assertThat(kith.output().contains("PostgreSQL (PID " + postmaster + ")")).as("round %d found the leftover server", round)
                    .isEqualTo(withoutWatchdog);
            HttpClientFixture restarted = new HttpClientFixture(kith.port());
            token = logIn(restarted, "alice");
            checkEverythingAcknowledgedIsThere(restarted, token, acknowledgedPosts, acknowledgedLikes);
        }
        kith.close();
    }

    @Test
    void a_second_server_on_the_same_data_dir_names_the_one_running_and_exits() {
        try (KithProcess first = KithProcess.start(env(), temp.resolve("first.log"))) {
            KithProcess second = KithProcess.launch(env(), temp.resolve("second.log"));

            int status = second.awaitExit(Duration.ofSeconds(60));

            assertThat(status).isEqualTo(Main.EXIT_DATA_DIR_IN_USE);
            assertThat(second.output())
                    .contains("another Kith (PID " + first.pid() + ") is running with DATA_DIR " + temp.resolve("data"))
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(new HttpClientFixture(first.port()).get("/health/ready", null).status()).isEqualTo(200);
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(temp.resolve("data").resolve("postgres").resolve("postmaster.pid")).get(0).strip());
    }

    /** Writers post and like until the server is killed mid-stream; only answered writes count. */
    private static void writeUntilKilled(KithProcess kith, HttpClientFixture http, String token, Set<String> posts,
                                         Set<String> likes, boolean alsoKillTheWatchdog) throws Exception {
        AtomicBoolean dead = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        int start = posts.size();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; !dead.get(); i++) {
                    try {
                        HttpClientFixture.Response post = http.post("/api/v1/posts",
                                "{\"text\":\"writer " + writer + " post " + i + "\"}", token);
                        if (post.status() != 201) {
                            continue;
                        }
                        String id = post.json().get("id").asText();
                        posts.add(id);
                        if (http.post("/api/v1/posts/" + id + "/like", "", token).status() == 200) {
                            likes.add(id);
                        }
                    } catch (AssertionError | RuntimeException connectionLost) {
                        // the server died under this request: it was never acknowledged
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> posts.size() >= start + 60);
        if (alsoKillTheWatchdog) {
            // as where no watchdog can run: the embedded PostgreSQL outlives the server
            kith.process().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("sh")).orElse(false))
                    .forEach(ProcessHandle::destroyForcibly);
        }
        kith.kill();
        dead.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private static void checkEverythingAcknowledgedIsThere(HttpClientFixture http, String token, Set<String> posts,
                                                           Set<String> likes) {
        Map<String, JsonNode> stored = new HashMap<>();
        String cursor = null;
        do {
            HttpClientFixture.Response page = http.get("/api/v1/users/alice/posts?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(post -> stored.put(post.get("id").asText(), post));
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);

        assertThat(stored.keySet()).containsAll(posts);
        assertThat(likes).allSatisfy(id -> assertThat(stored.get(id).get("likedByMe").asBoolean()).as(id).isTrue());
        // counters agree with the rows, for acknowledged writes and for those cut off mid-request alike
        assertThat(stored.values()).allSatisfy(post -> assertThat(post.get("likesCount").asInt())
                .isEqualTo(post.get("likedByMe").asBoolean() ? 1 : 0));
        assertThat(http.get("/api/v1/users/alice", token).json().get("postsCount").asInt()).isEqualTo(stored.size());
    }

    private String signUp(HttpClientFixture http, String username) {
        assertThat(http.post("/api/v1/auth/register", "{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.com\",\"password\":\"" + PASSWORD + "\"}", null).status()).isEqualTo(201);
        String verification = await().atMost(Duration.ofSeconds(30))
                .until(() -> tokenFor(username + "@example.com"), Optional::isPresent).get();
        assertThat(http.post("/api/v1/auth/verify-email", "{\"token\":\"" + verification + "\"}", null).status()).isEqualTo(200);
        return logIn(http, username);
    }

    private static String logIn(HttpClientFixture http, String username) {
        HttpClientFixture.Response login = http.post("/api/v1/auth/login",
                "{\"login\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertThat(login.status()).isEqualTo(200);
        return login.json().get("accessToken").asText();
    }

    private Optional<String> tokenFor(String address) {
        return MailedLinks.verificationTokenFor(temp.resolve("data"), address);
    }
}
