package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.postgres.account.PostgresNameReservations;
import dev.kith.bootstrap.HttpClientFixture.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code DELETE /api/v1/me} over HTTP, on the real server and PostgreSQL: an account with something in every
 * context is erased (an export among them), and afterwards no column of any table that holds account ids names it, its media files
 * are gone from storage (once the outbox relay ran), every stored counter equals the count of its rows, its
 * token is refused at once, its open stream is closed with 4401, and its names wait 30 days.
 */
class ErasureTest {

    private static final String PASSWORD = "correct horse battery";

    /**
     * Columns that may name an erased account for a while, and why. access_revocations: the revocation that
     * stops its access tokens must outlive the account until the last of them expires (then housekeeping
     * purges it).
     */
    private static final List<String> MAY_NAME_IT = List.of("access_revocations.account_id");

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

    @Test
    void an_account_with_something_everywhere_leaves_nothing_and_every_counter_stays_exact() throws Exception {
        String eve = signUp("eve");
        String alice = signUp("alice");
        String bob = signUp("bob");
        String carol = signUp("carol");
        String dave = signUp("dave");
        UUID eveId = UUID.fromString(http.get("/api/v1/me", eve).json().get("id").asText());

        // media: a post with two photos, an avatar, an upload left unattached
        Response evesPost = expect(http.post("/api/v1/posts", "{\"text\":\"mine @alice\",\"mediaIds\":[\"" + upload(eve)
                + "\",\"" + upload(eve) + "\"]}", eve), 201);
        String evesPostId = evesPost.json().get("id").asText();
        expect(http.call("PATCH", "/api/v1/me", "{\"avatarMediaId\":\"" + upload(eve) + "\"}", eve), 200);
        upload(eve);
        // graph: follows both ways, a pending request, a block
        expect(http.call("PATCH", "/api/v1/me", "{\"private\":true}", carol), 200);
        expect(http.post("/api/v1/users/alice/follow", "", eve), 200);
        expect(http.post("/api/v1/users/eve/follow", "", alice), 200);
        expect(http.post("/api/v1/users/eve/follow", "", bob), 200);
        expect(http.post("/api/v1/users/carol/follow", "", eve), 200);
        expect(http.post("/api/v1/users/dave/block", "", eve), 204);
        // content: on others' posts and others' on hers
        String alicesPost = expect(http.post("/api/v1/posts", "{\"text\":\"hello\"}", alice), 201).json().get("id").asText();
        String evesComment = expect(http.post("/api/v1/posts/" + alicesPost + "/comments", "{\"text\":\"hi @bob\"}", eve), 201)
                .json().get("id").asText();
        expect(http.post("/api/v1/posts/" + alicesPost + "/comments", "{\"text\":\"reply\",\"parentId\":\"" + evesComment + "\"}",
                bob), 201);
        expect(http.post("/api/v1/posts/" + alicesPost + "/like", "", eve), 200);
        expect(http.post("/api/v1/posts/" + alicesPost + "/like", "", bob), 200);
        expect(http.post("/api/v1/posts/" + evesPostId + "/like", "", alice), 200);
        expect(http.post("/api/v1/posts/" + evesPostId + "/comments", "{\"text\":\"nice\"}", bob), 201);
        // groups: owned alone with admins (alice the earliest), owned alone without admins, moderated
        String withAdmins = group(eve, "With admins");
        join(alice, withAdmins, eve, "admin");
        join(bob, withAdmins, eve, "admin");
        join(carol, withAdmins, eve, "member");
        String withoutAdmins = group(eve, "Without admins");
        join(bob, withoutAdmins, eve, "moderator");
        String bobsGroupPost = expect(http.post("/api/v1/posts", "{\"text\":\"in the group\",\"groupId\":\"" + withoutAdmins + "\"}",
                bob), 201).json().get("id").asText();
        String moderated = group(alice, "Moderated");
        join(eve, moderated, alice, "moderator");
        expect(http.post("/api/v1/posts", "{\"text\":\"eve in alice's group\",\"groupId\":\"" + moderated + "\"}", eve), 201);
        String coOwned = group(alice, "Co-owned");
        join(eve, coOwned, alice, "owner");
        // stories: hers seen by alice, alice's seen by her
        String evesStory = expect(http.post("/api/v1/stories", "{\"mediaId\":\"" + upload(eve) + "\"}", eve), 201)
                .json().get("id").asText();
        String alicesStory = expect(http.post("/api/v1/stories", "{\"mediaId\":\"" + upload(alice) + "\"}", alice), 201)
                .json().get("id").asText();
        expect(http.get("/api/v1/stories/" + evesStory, alice), 200);
        expect(http.get("/api/v1/stories/" + alicesStory, eve), 200);
        // notifications both ways, once the relay has written them
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/notifications/unread-count", eve).json()
                .get("count").asLong() >= 3 && http.get("/api/v1/notifications", alice).body().contains(eveId.toString()));
        List<Path> evesFiles = server.jdbi().withHandle(h -> h.createQuery(
                        "SELECT file_key FROM media WHERE owner_id = :eve UNION ALL "
                                + "SELECT thumbnail_key FROM media WHERE owner_id = :eve AND thumbnail_key IS NOT NULL")
                .bind("eve", eveId).mapTo(String.class).list()).stream().map(key -> dataDir.resolve("media").resolve(key)).toList();
        assertThat(evesFiles).hasSizeGreaterThanOrEqualTo(5).allMatch(Files::exists);
        // an export, ready and stored
        String export = expect(http.post("/api/v1/me/exports", "", eve), 202).json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/me/exports/" + export, eve).json()
                .get("status").asText().equals("ready"));
        Path archives = dataDir.resolve("media").resolve("exports");
        assertThat(filesUnder(archives)).isNotEmpty();
        StreamSocket socket = StreamSocket.open(server.port(), eve, null);
        Thread.sleep(300);  // the socket authenticated and its stream opened

        assertThat(http.call("DELETE", "/api/v1/me", "{\"password\":\"wrong password\"}", eve).status()).isEqualTo(403);
        expect(http.call("DELETE", "/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", eve), 204);

        assertThat(http.get("/api/v1/me", eve).status()).as("its token, at once").isEqualTo(401);
        assertThat(socket.closedWith.get(3, TimeUnit.SECONDS)).as("its open stream").isEqualTo(4401);
        // nothing of it anywhere; its files go once the relay ran
        await().atMost(Duration.ofSeconds(20)).until(() -> evesFiles.stream().noneMatch(Files::exists));
        await().atMost(Duration.ofSeconds(20)).until(() -> filesUnder(archives).isEmpty());
        server.jdbi().useHandle(h -> {
            assertThat(columnsNaming(h, eveId)).isEmpty();
            assertCountersExact(h);
        });
        // the groups: handed to alice, deleted with bob's post, one member fewer, the co-owned one just lost her
        JsonNode handed = http.get("/api/v1/groups/" + withAdmins, alice).json();
        assertThat(handed.get("myRole").asText()).isEqualTo("owner");
        assertThat(handed.get("membersCount").asLong()).isEqualTo(3);
        assertThat(http.get("/api/v1/groups/" + withAdmins, bob).json().get("myRole").asText()).isEqualTo("admin");
        assertThat(http.get("/api/v1/groups/" + withoutAdmins, bob).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/posts/" + bobsGroupPost, bob).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/groups/" + moderated, alice).json().get("membersCount").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/groups/" + coOwned, alice).json().get("membersCount").asLong()).isEqualTo(1);
        // what others see
        JsonNode alicesNow = http.get("/api/v1/posts/" + alicesPost, alice).json();
        assertThat(alicesNow.get("likesCount").asLong()).isEqualTo(1);
        assertThat(alicesNow.get("commentsCount").asLong()).as("her comment and the reply to it").isZero();
        assertThat(http.get("/api/v1/users/alice", alice).json().get("followersCount").asLong()).isZero();
        assertThat(http.get("/api/v1/stories/feed", alice).body()).doesNotContain(eveId.toString());
        for (String other : List.of(alice, bob, carol, dave)) {
            assertThat(http.get("/api/v1/notifications", other).body()).doesNotContain(eveId.toString()).doesNotContain(evesPostId);
        }
    }

    @Test
    void the_names_of_an_erased_account_are_refused_for_30_days_then_free() {
        String token = signUp("mallory");
        expect(http.call("DELETE", "/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", token), 204);

        Response sameName = http.post("/api/v1/auth/register", "{\"username\":\"Mallory\",\"email\":\"other@example.com\","
                + "\"password\":\"" + PASSWORD + "\"}", null);
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().get("code").asText()).isEqualTo("username_taken");
        Response sameEmail = http.post("/api/v1/auth/register", "{\"username\":\"someone\",\"email\":\"MALLORY@example.com\","
                + "\"password\":\"" + PASSWORD + "\"}", null);
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.json().get("code").asText()).isEqualTo("email_taken");
        OffsetDateTime until = server.jdbi().withHandle(h -> h.createQuery("SELECT until FROM reserved_usernames WHERE username = 'mallory'")
                .mapTo(OffsetDateTime.class).one());
        assertThat(Duration.between(OffsetDateTime.now(ZoneOffset.UTC), until)).isBetween(Duration.ofDays(30).minusMinutes(5),
                Duration.ofDays(30));

        // what housekeeping runs, at a time 30 days on
        int purged = server.jdbi().withHandle(h -> h.createUpdate(PostgresNameReservations.PURGE_USERNAMES)
                .bind("now", until).execute() + h.createUpdate(PostgresNameReservations.PURGE_EMAILS).bind("now", until).execute());

        assertThat(purged).isGreaterThanOrEqualTo(2);
        expect(http.post("/api/v1/auth/register", "{\"username\":\"mallory\",\"email\":\"mallory@example.com\","
                + "\"password\":\"" + PASSWORD + "\"}", null), 201);
    }

    // Every uuid column of every table: none may hold the erased account's id, but those that must for a while.
    private static List<String> columnsNaming(Handle h, UUID account) {
        List<String> naming = new ArrayList<>();
        List<Map<String, Object>> columns = h.createQuery("SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND data_type = 'uuid' ORDER BY 1, 2").mapToMap().list();
        assertThat(columns).hasSizeGreaterThan(30);
        for (Map<String, Object> column : columns) {
            String name = column.get("table_name") + "." + column.get("column_name");
            long rows = h.createQuery("SELECT count(*) FROM " + column.get("table_name") + " WHERE " + column.get("column_name")
                    + " = :account").bind("account", account).mapTo(Long.class).one();
            if (rows > 0 && !MAY_NAME_IT.contains(name)) {
                naming.add(name + " (" + rows + ")");
            }
        }
        return naming;
    }

    // the regular files under a directory (none when it does not exist)
    private static List<Path> filesUnder(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static void assertCountersExact(Handle h) {
        assertNone(h, "followers", "SELECT a.username FROM accounts a WHERE a.followers_count <> "
                + "(SELECT count(*) FROM follows f WHERE f.followee_id = a.id AND f.state = 'following')");
        assertNone(h, "following", "SELECT a.username FROM accounts a WHERE a.following_count <> "
                + "(SELECT count(*) FROM follows f WHERE f.follower_id = a.id AND f.state = 'following')");
        assertNone(h, "posts", "SELECT a.username FROM accounts a WHERE a.posts_count <> "
                + "(SELECT count(*) FROM posts p WHERE p.author_id = a.id)");
        assertNone(h, "likes", "SELECT p.id::text FROM posts p WHERE p.likes_count <> (SELECT count(*) FROM likes l WHERE l.post_id = p.id)");
        assertNone(h, "comments", "SELECT p.id::text FROM posts p WHERE p.comments_count <> "
                + "(SELECT count(*) FROM comments c WHERE c.post_id = p.id)");
        assertNone(h, "members", "SELECT g.name FROM groups g WHERE g.members_count <> "
                + "(SELECT count(*) FROM group_members m WHERE m.group_id = g.id)");
        assertNone(h, "unread", "SELECT a.username FROM accounts a LEFT JOIN notification_counts c ON c.recipient_id = a.id "
                + "WHERE coalesce(c.unread, 0) <> (SELECT count(*) FROM notifications n WHERE n.recipient_id = a.id AND NOT n.read)");
    }

    private static void assertNone(Handle h, String counter, String sql) {
        assertThat(h.createQuery(sql).mapTo(String.class).list()).as("rows whose " + counter + " counter is off").isEmpty();
    }

    private static String group(String owner, String name) {
        return expect(http.post("/api/v1/groups", "{\"name\":\"" + name + "\",\"visibility\":\"public\"}", owner), 201)
                .json().get("id").asText();
    }

    private static void join(String token, String group, String owner, String role) {
        expect(http.post("/api/v1/groups/" + group + "/join", "", token), 200);
        if (!role.equals("member")) {
            String id = http.get("/api/v1/me", token).json().get("id").asText();
            expect(http.call("PUT", "/api/v1/groups/" + group + "/members/" + id + "/role", "{\"role\":\"" + role + "\"}", owner), 200);
        }
    }

    private static String upload(String token) throws Exception {
        Path photo = Files.write(Files.createTempFile(dataDir, "photo", ".jpg"), MediaUploads.photo(320, 240));
        HttpResponse<String> uploaded = MediaUploads.send(HttpClient.newHttpClient(),
                MediaUploads.upload(URI.create("http://localhost:" + server.port()), token, photo, "photo.jpg", "image/jpeg"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return HttpClientFixture.JSON.readTree(uploaded.body()).get("id").asText();
    }

    private static Response expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static String signUp(String username) {
        expect(http.post("/api/v1/auth/register", "{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.com\",\"password\":\"" + PASSWORD + "\"}", null), 201);
        String token = await().atMost(Duration.ofSeconds(15))
                .until(() -> MailedLinks.verificationTokenFor(dataDir, username + "@example.com"), Optional::isPresent).get();
        expect(http.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null), 200);
        return http.post("/api/v1/auth/login", "{\"login\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", null)
                .json().get("accessToken").asText();
    }
}
