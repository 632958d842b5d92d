package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.bootstrap.HttpClientFixture.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what in a group, over HTTP, on the real server and PostgreSQL: every actor against every group
 * route, for a private and for a public group. The two tables below are the specification. A group's name
 * and description are anyone's to read; a private group's members and posts are its members' only (404 for
 * others); what a rank does not allow is 403; the last owner cannot leave (409). Actions that change the
 * group run on a fresh group per cell, so each cell starts from the same world.
 *
 * <p>The world: OWNER created the group; ADMIN, MODERATOR and MEMBER are members with those roles;
 * REQUESTER asks to join; BANNED asked and was banned; STRANGER has nothing to do with it; BLOCKED is not a
 * member and is blocked by MEMBER; MEMBER wrote a post in the group. The public group was private while the
 * requests were made, so REQUESTER's request still waits in it.
 */
class GroupMatrixTest {

    /** The group's visibility. */
    enum Kind { PRIVATE, PUBLIC }

    /** Who acts. */
    enum Who { OWNER, ADMIN, MODERATOR, MEMBER, REQUESTER, BANNED, STRANGER, BLOCKED, ANONYMOUS }

    /** What they do; {@code {group}}, {@code {member}}, {@code {requester}}, {@code {banned}} and {@code {post}} are filled in. */
    enum Route {
        GET_GROUP("GET", "/api/v1/groups/{group}", "", false),
        SEARCH("GET", "/api/v1/groups?q=matrix", "", false),
        MY_GROUPS("GET", "/api/v1/me/groups", "", false),
        EDIT("PATCH", "/api/v1/groups/{group}", "{\"description\":\"edited\"}", false),
        DELETE_GROUP("DELETE", "/api/v1/groups/{group}", "", true),
        JOIN("POST", "/api/v1/groups/{group}/join", "", true),
        LEAVE("DELETE", "/api/v1/groups/{group}/membership", "", true),
        MEMBERS("GET", "/api/v1/groups/{group}/members", "", false),
        POSTS("GET", "/api/v1/groups/{group}/posts", "", false),
        REQUESTS("GET", "/api/v1/groups/{group}/requests", "", false),
        APPROVE("POST", "/api/v1/groups/{group}/requests/{requester}/approve", "", true),
        REJECT("POST", "/api/v1/groups/{group}/requests/{requester}/reject", "", true),
        SET_ROLE("PUT", "/api/v1/groups/{group}/members/{member}/role", "{\"role\":\"moderator\"}", true),
        REMOVE("DELETE", "/api/v1/groups/{group}/members/{member}", "", true),
        BAN("DELETE", "/api/v1/groups/{group}/members/{member}?ban=true", "", true),
        BANS("GET", "/api/v1/groups/{group}/bans", "", false),
        UNBAN("DELETE", "/api/v1/groups/{group}/bans/{banned}", "", true),
        LOG("GET", "/api/v1/groups/{group}/log", "", false),
        POST_IN_GROUP("POST", "/api/v1/posts", "{\"text\":\"hello group\",\"groupId\":\"{group}\"}", false),
        READ_POST("GET", "/api/v1/posts/{post}", "", false),
        COMMENT("POST", "/api/v1/posts/{post}/comments", "{\"text\":\"a comment\"}", false),
        LIKES("GET", "/api/v1/posts/{post}/likes", "", false),
        DELETE_POST("DELETE", "/api/v1/posts/{post}", "", true);

        final String method;
        final String path;
        final String body;
        final boolean fresh;

        Route(String method, String path, String body, boolean fresh) {
            this.method = method;
            this.path = path;
            this.body = body;
            this.fresh = fresh;
        }
    }

    //                  OWNER ADMIN MODERATOR MEMBER REQUESTER BANNED STRANGER BLOCKED ANONYMOUS
    private static final String PRIVATE_TABLE = """
            GET_GROUP        200   200   200       200    200       200    200      200     401
            SEARCH           200   200   200       200    200       200    200      200     401
            MY_GROUPS        200   200   200       200    200       200    200      200     401
            EDIT             200   200   403       403    403       403    403      403     401
            DELETE_GROUP     204   403   403       403    403       403    403      403     401
            JOIN             200   200   200       200    200       403    200      200     401
            LEAVE            409   204   204       204    204       204    204      204     401
            MEMBERS          200   200   200       200    404       404    404      404     401
            POSTS            200   200   200       200    404       404    404      404     401
            REQUESTS         200   200   403       403    403       403    403      403     401
            APPROVE          204   204   403       403    403       403    403      403     401
            REJECT           204   204   403       403    403       403    403      403     401
            SET_ROLE         200   200   403       403    403       403    403      403     401
            REMOVE           204   204   204       403    403       403    403      403     401
            BAN              204   204   204       403    403       403    403      403     401
            BANS             200   200   403       403    403       403    403      403     401
            UNBAN            204   204   403       403    403       403    403      403     401
            LOG              200   200   403       403    403       403    403      403     401
            POST_IN_GROUP    201   201   201       201    403       403    403      403     401
            READ_POST        200   200   200       200    404       404    404      404     401
            COMMENT          201   201   201       201    404       404    404      404     401
            LIKES            200   200   200       200    404       404    404      404     401
            DELETE_POST      204   204   204       204    404       404    404      404     401
            """;

    private static final String PUBLIC_TABLE = """
            GET_GROUP        200   200   200       200    200       200    200      200     401
            SEARCH           200   200   200       200    200       200    200      200     401
            MY_GROUPS        200   200   200       200    200       200    200      200     401
            EDIT             200   200   403       403    403       403    403      403     401
            DELETE_GROUP     204   403   403       403    403       403    403      403     401
            JOIN             200   200   200       200    200       403    200      200     401
            LEAVE            409   204   204       204    204       204    204      204     401
            MEMBERS          200   200   200       200    200       200    200      200     401
            POSTS            200   200   200       200    200       200    200      200     401
            REQUESTS         200   200   403       403    403       403    403      403     401
            APPROVE          204   204   403       403    403       403    403      403     401
            REJECT           204   204   403       403    403       403    403      403     401
            SET_ROLE         200   200   403       403    403       403    403      403     401
            REMOVE           204   204   204       403    403       403    403      403     401
            BAN              204   204   204       403    403       403    403      403     401
            BANS             200   200   403       403    403       403    403      403     401
            UNBAN            204   204   403       403    403       403    403      403     401
            LOG              200   200   403       403    403       403    403      403     401
            POST_IN_GROUP    201   201   201       201    403       403    403      403     401
            READ_POST        200   200   200       200    200       200    200      404     401
            COMMENT          201   201   201       201    201       201    201      404     401
            LIKES            200   200   200       200    200       200    200      404     401
            DELETE_POST      204   204   204       204    403       403    403      404     401
            """;

    @TempDir
    static Path dataDir;

    private static KithServer server;
    private static HttpClientFixture http;
    private static final Map<Who, String> TOKENS = new EnumMap<>(Who.class);
    private static final Map<Who, String> IDS = new EnumMap<>(Who.class);
    private static final Map<Kind, World> WORLDS = new EnumMap<>(Kind.class);

    /** One group with everyone in place, and the member's post in it. */
    record World(String group, String post) {
    }

    @BeforeAll
    static void buildTheWorld() {
        server = KithServer.start(Settings.from(Map.of("DATA_DIR", dataDir.toString(), "PORT", "0", "RATE_LIMITS", "off")));
        http = new HttpClientFixture(server.port());
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                String username = who.name().toLowerCase();
                TOKENS.put(who, signUp(username));
                IDS.put(who, http.get("/api/v1/me", TOKENS.get(who)).json().get("id").asText());
            }
        }
        expect(http.post("/api/v1/users/blocked/block", "", TOKENS.get(Who.MEMBER)), 200, 204);
        for (Kind kind : Kind.values()) {
            WORLDS.put(kind, world(kind));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static World world(Kind kind) {
        String owner = TOKENS.get(Who.OWNER);
        Response created = http.post("/api/v1/groups", "{\"name\":\"Matrix " + kind + "\",\"visibility\":\"private\"}", owner);
        expect(created, 201);
        String group = created.json().get("id").asText();
        for (Who who : List.of(Who.ADMIN, Who.MODERATOR, Who.MEMBER, Who.REQUESTER, Who.BANNED)) {
            assertThat(http.post("/api/v1/groups/" + group + "/join", "", TOKENS.get(who)).json().get("state").asText())
                    .isEqualTo("requested");
        }
        for (Who who : List.of(Who.ADMIN, Who.MODERATOR, Who.MEMBER)) {
            expect(http.post("/api/v1/groups/" + group + "/requests/" + IDS.get(who) + "/approve", "", owner), 204);
        }
        expect(http.call("PUT", "/api/v1/groups/" + group + "/members/" + IDS.get(Who.ADMIN) + "/role", "{\"role\":\"admin\"}", owner), 200);
        expect(http.call("PUT", "/api/v1/groups/" + group + "/members/" + IDS.get(Who.MODERATOR) + "/role",
                "{\"role\":\"moderator\"}", owner), 200);
        expect(http.call("DELETE", "/api/v1/groups/" + group + "/members/" + IDS.get(Who.BANNED) + "?ban=true", "", owner), 204);
        Response post = http.post("/api/v1/posts", "{\"text\":\"the member's post\",\"groupId\":\"" + group + "\"}",
                TOKENS.get(Who.MEMBER));
        expect(post, 201);
        if (kind == Kind.PUBLIC) {
            expect(http.call("PATCH", "/api/v1/groups/" + group, "{\"visibility\":\"public\"}", owner), 200);
        }
        return new World(group, post.json().get("id").asText());
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (String row : (kind == Kind.PRIVATE ? PRIVATE_TABLE : PUBLIC_TABLE).strip().split("\n")) {
                String[] columns = row.strip().split("\\s+");
                Route route = Route.valueOf(columns[0]);
                for (Who who : Who.values()) {
                    cells.add(Arguments.of(kind, who, route, Integer.parseInt(columns[1 + who.ordinal()])));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} group, {1}: {2} -> {3}")
    @MethodSource("cells")
    void each_actor_gets_exactly_the_status_the_table_names(Kind kind, Who who, Route route, int expected) {
        World world = route.fresh ? world(kind) : WORLDS.get(kind);
        String path = fill(route.path, world);
        Response reply = http.call(route.method, path, fill(route.body, world), TOKENS.get(who));

        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            String code = reply.json().get("code").asText();
            switch (expected) {
                case 401 -> assertThat(code).isEqualTo("invalid_token");
                case 403 -> assertThat(code).isIn("forbidden", "not_a_member", "banned");
                case 404 -> assertThat(code).isEqualTo("not_found");
                case 409 -> assertThat(code).isEqualTo("last_owner");
                default -> throw new AssertionError("no code expected for " + expected);
            }
        }
    }

    @Test
    void a_private_groups_post_reaches_no_non_member_follower_of_its_author_by_any_route() {
        String author = signUp("leaky_author");
        String insider = signUp("leaky_insider");
        String follower = signUp("leaky_follower");
        expect(http.post("/api/v1/users/leaky_author/follow", "", follower), 200);
        Response created = http.post("/api/v1/groups", "{\"name\":\"Leak test\",\"visibility\":\"private\"}", author);
        String group = created.json().get("id").asText();
        http.post("/api/v1/groups/" + group + "/join", "", insider);
        String insiderId = http.get("/api/v1/me", insider).json().get("id").asText();
        expect(http.post("/api/v1/groups/" + group + "/requests/" + insiderId + "/approve", "", author), 204);
        Response secret = http.post("/api/v1/posts", "{\"text\":\"secret @leaky_follower\",\"groupId\":\"" + group + "\"}", author);
        expect(secret, 201);
        String post = secret.json().get("id").asText();
        expect(http.post("/api/v1/posts", "{\"text\":\"public hello\"}", author), 201);
        expect(http.post("/api/v1/posts/" + post + "/comments", "{\"text\":\"insider comment\"}", insider), 201);
        expect(http.post("/api/v1/posts/" + post + "/like", "", insider), 200);

        assertThat(texts(http.get("/api/v1/timelines/home", insider))).contains("secret @leaky_follower");
        assertThat(texts(http.get("/api/v1/timelines/home", follower))).containsExactly("public hello");
        assertThat(texts(http.get("/api/v1/users/leaky_author/posts", follower))).containsExactly("public hello");
        assertThat(texts(http.get("/api/v1/users/leaky_author/posts", insider))).containsExactly("public hello");
        for (String path : List.of("/api/v1/posts/" + post, "/api/v1/posts/" + post + "/comments",
                "/api/v1/posts/" + post + "/likes", "/api/v1/groups/" + group + "/posts", "/api/v1/groups/" + group + "/members")) {
            assertThat(http.get(path, follower).status()).as(path).isEqualTo(404);
        }
        assertThat(http.get("/api/v1/groups?q=leak", follower).body()).contains("Leak test").doesNotContain("secret");
        // the mention is not notified to the follower, who may not see the post; the relay has run once the
        // author is told of the comment queued after it
        await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/v1/notifications", author).body().contains("\"comment\""));
        assertThat(http.get("/api/v1/notifications", follower).body()).doesNotContain(post);

        // leaving takes access away at once
        expect(http.call("DELETE", "/api/v1/groups/" + group + "/membership", "", insider), 204);
        assertThat(texts(http.get("/api/v1/timelines/home", insider))).doesNotContain("secret @leaky_follower");
        assertThat(http.get("/api/v1/posts/" + post, insider).status()).isEqualTo(404);
    }

    private static List<String> texts(Response page) {
        expect(page, 200);
        List<String> texts = new ArrayList<>();
        page.json().get("items").forEach(item -> texts.add(item.get("text").asText()));
        return texts;
    }

    private static String fill(String template, World world) {
        return template.replace("{group}", world.group()).replace("{post}", world.post())
                .replace("{member}", IDS.get(Who.MEMBER)).replace("{requester}", IDS.get(Who.REQUESTER))
                .replace("{banned}", IDS.get(Who.BANNED));
    }

    private static void expect(Response response, Integer... statuses) {
        assertThat(response.status()).as(response.body()).isIn((Object[]) statuses);
    }

    private static String signUp(String username) {
        assertThat(http.post("/api/v1/auth/register", "{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.com\",\"password\":\"correct horse battery\"}", null).status()).isEqualTo(201);
        String token = await().atMost(Duration.ofSeconds(15))
                .until(() -> MailedLinks.verificationTokenFor(dataDir, username + "@example.com"), Optional::isPresent).get();
        assertThat(http.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null).status()).isEqualTo(200);
        JsonNode login = http.post("/api/v1/auth/login", "{\"login\":\"" + username + "\",\"password\":\"correct horse battery\"}", null)
                .json();
        return login.get("accessToken").asText();
    }
}
