package dev.kith.adapter.javalin.group;

import static dev.kith.adapter.javalin.TestServer.fieldNames;
import static dev.kith.adapter.javalin.TestServer.ids;
import static dev.kith.adapter.javalin.TestServer.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The group endpoints, over HTTP, against the in-memory core. */
class GroupRoutesTest {

    private static final String UNKNOWN_GROUP = "01900000-0000-7000-8000-000000000000";

    private final TestServer server = new TestServer();
    private String owner;
    private String ownerId;
    private String bob;
    private String bobId;
    private String carol;
    private String carolId;

    @BeforeEach
    void signUp() {
        owner = server.accessToken("olivia");
        ownerId = idOf(owner);
        bob = server.accessToken("bob");
        bobId = idOf(bob);
        carol = server.accessToken("carol");
        carolId = idOf(carol);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String idOf(String token) {
        return server.get("/api/v1/me", token).expect(200).json().get("id").asText();
    }

    private String create(String token, String name, String visibility) {
        return server.post("/api/v1/groups", "{\"name\":" + quoted(name) + ",\"visibility\":\"" + visibility + "\"}", token)
                .expect(201).json().get("id").asText();
    }

    private String join(String token, String group) {
        return server.call("POST", "/api/v1/groups/" + group + "/join", token).expect(200).json().get("state").asText();
    }

    private Reply setRole(String token, String group, String userId, String role) {
        return server.send(server.json("/api/v1/groups/" + group + "/members/" + userId + "/role", "PUT",
                "{\"role\":\"" + role + "\"}", token));
    }

    private static List<String> usernamesOf(JsonNode page, String field) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get(field).get("username").asText()));
        return names;
    }

    // --- the group itself

    @Test
    void creating_a_group_answers_201_with_the_group_and_its_location() {
        Reply created = server.post("/api/v1/groups",
                "{\"name\":\"  Hikers \",\"description\":\"Up hills.\",\"visibility\":\"public\"}", owner).expect(201);

        JsonNode group = created.json();
        assertThat(fieldNames(group)).containsExactly("id", "name", "description", "visibility", "membersCount", "myRole",
                "requested", "createdAt");
        assertThat(group.get("name").asText()).isEqualTo("Hikers");
        assertThat(group.get("description").asText()).isEqualTo("Up hills.");
        assertThat(group.get("visibility").asText()).isEqualTo("public");
        assertThat(group.get("membersCount").asLong()).isEqualTo(1);
        assertThat(group.get("myRole").asText()).isEqualTo("owner");
        assertThat(group.get("requested").asBoolean()).isFalse();
        assertThat(group.get("createdAt").asText()).isEqualTo("2026-11-23T18:00:00Z");
        assertThat(created.header("Location")).isEqualTo("/api/v1/groups/" + group.get("id").asText());

        assertThat(server.get("/api/v1/groups/" + group.get("id").asText(), owner).expect(200).json()).isEqualTo(group);
        JsonNode seenByBob = server.get("/api/v1/groups/" + group.get("id").asText(), bob).expect(200).json();
        assertThat(seenByBob.get("myRole").isNull()).isTrue();
        assertThat(seenByBob.get("description").asText()).isEqualTo("Up hills.");
    }

    @Test
    void a_group_without_description_has_an_empty_one() {
        JsonNode group = server.post("/api/v1/groups", "{\"name\":\"a\",\"visibility\":\"private\",\"description\":null}", owner)
                .expect(201).json();

        assertThat(group.get("description").asText()).isEmpty();
        assertThat(group.get("visibility").asText()).isEqualTo("private");
    }

    @Test
    void creating_refuses_bad_bodies() {
        assertThat(server.post("/api/v1/groups", "{\"name\":\"a\",\"visibility\":\"secret\"}", owner).expect(400)
                .errorFields()).containsExactly("visibility");
        assertThat(server.post("/api/v1/groups", "{\"name\":\"a\"}", owner).expect(400).errorFields())
                .containsExactly("visibility");
        assertThat(server.post("/api/v1/groups", "{\"name\":\"  \",\"visibility\":\"public\"}", owner).expect(400)
                .errorFields()).containsExactly("name");
        assertThat(server.post("/api/v1/groups", "{\"name\":" + quoted("n".repeat(101)) + ",\"visibility\":\"public\"}", owner)
                .expect(400).errorFields()).containsExactly("name");
        Reply unknown = server.post("/api/v1/groups", "{\"name\":\"a\",\"visibility\":\"public\",\"owner\":\"x\"}", owner)
                .expect(400);
        assertThat(unknown.code()).isEqualTo("validation_failed");
        assertThat(unknown.errorFields()).containsExactly("owner");
        assertThat(server.post("/api/v1/groups", "{\"name\":5,\"visibility\":true}", owner).expect(400).errorFields())
                .containsExactlyInAnyOrder("name", "visibility");
        assertThat(server.post("/api/v1/groups", "{\"name\":", owner).expect(400).code()).isEqualTo("malformed_json");
        assertThat(server.post("/api/v1/groups", "[]", owner).expect(400).code()).isEqualTo("malformed_json");
        assertThat(server.post("/api/v1/groups", "{\"name\":\"a\",\"visibility\":\"public\"}", null).expect(401).code())
                .isEqualTo("invalid_token");
        server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/groups"))
                .header("Authorization", "Bearer " + owner).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build()).expect(415);
    }

    @Test
    void admins_edit_a_group_and_others_may_not() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);

        JsonNode edited = server.patch("/api/v1/groups/" + group,
                "{\"name\":\"Walkers\",\"description\":\"Flat.\",\"visibility\":\"private\"}", owner).expect(200).json();
        assertThat(edited.get("name").asText()).isEqualTo("Walkers");
        assertThat(edited.get("description").asText()).isEqualTo("Flat.");
        assertThat(edited.get("visibility").asText()).isEqualTo("private");
        assertThat(edited.get("membersCount").asLong()).isEqualTo(2);
        JsonNode cleared = server.patch("/api/v1/groups/" + group, "{\"description\":null}", owner).expect(200).json();
        assertThat(cleared.get("description").asText()).isEmpty();
        assertThat(cleared.get("name").asText()).isEqualTo("Walkers");

        assertThat(server.patch("/api/v1/groups/" + group, "{\"name\":\"Mine\"}", bob).expect(403).code()).isEqualTo("forbidden");
        assertThat(server.patch("/api/v1/groups/" + group, "{\"name\":\"Mine\"}", carol).expect(403).code()).isEqualTo("forbidden");
        assertThat(server.patch("/api/v1/groups/" + group, "{\"visibility\":\"hidden\"}", owner).expect(400).errorFields())
                .containsExactly("visibility");
        assertThat(server.patch("/api/v1/groups/" + group, "{\"name\":null}", owner).expect(400).errorFields())
                .containsExactly("name");
        assertThat(server.patch("/api/v1/groups/" + group, "{\"members\":1}", owner).expect(400).errorFields())
                .containsExactly("members");
        assertThat(server.patch("/api/v1/groups/nope", "{\"name\":\"x\"}", owner).expect(404).code()).isEqualTo("not_found");
        server.patch("/api/v1/groups/" + UNKNOWN_GROUP, "{\"name\":\"x\"}", owner).expect(404);
    }

    @Test
    void only_an_owner_deletes_a_group() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);
        String post = server.post("/api/v1/posts", "{\"text\":\"hi\",\"groupId\":\"" + group + "\"}", bob).expect(201)
                .json().get("id").asText();

        assertThat(server.call("DELETE", "/api/v1/groups/" + group, bob).expect(403).code()).isEqualTo("forbidden");
        server.call("DELETE", "/api/v1/groups/" + group, owner).expect(204);

        server.get("/api/v1/groups/" + group, owner).expect(404);
        server.get("/api/v1/posts/" + post, bob).expect(404);
        server.call("DELETE", "/api/v1/groups/" + group, owner).expect(404);
        server.call("DELETE", "/api/v1/groups/x", owner).expect(404);
    }

    @Test
    void malformed_and_unknown_group_ids_are_404_on_every_route() {
        for (String id : List.of("nope", UNKNOWN_GROUP, UNKNOWN_GROUP.toUpperCase())) {
            String base = "/api/v1/groups/" + id;
            server.get(base, owner).expect(404);
            server.call("POST", base + "/join", owner).expect(404);
            server.call("DELETE", base + "/membership", owner).expect(404);
            server.get(base + "/members", owner).expect(404);
            server.get(base + "/requests", owner).expect(404);
            server.get(base + "/bans", owner).expect(404);
            server.get(base + "/log", owner).expect(404);
            server.get(base + "/posts", owner).expect(404);
            server.call("POST", base + "/requests/" + bobId + "/approve", owner).expect(404);
            server.call("DELETE", base + "/members/" + bobId, owner).expect(404);
            server.call("DELETE", base + "/bans/" + bobId, owner).expect(404);
            setRole(owner, id, bobId, "admin").expect(404);
        }
    }

    // --- finding groups

    @Test
    void search_finds_groups_by_name_prefix_public_and_private_and_pages() {
        String hikers = create(owner, "Hikers", "public");
        String hiddenHikers = create(owner, "hiking club", "private");
        create(owner, "Cooks", "public");

        JsonNode found = server.get("/api/v1/groups?q=HIK", bob).expect(200).json();
        assertThat(ids(found)).containsExactlyInAnyOrder(hikers, hiddenHikers);
        assertThat(found.get("nextCursor").isNull()).isTrue();
        assertThat(server.get("/api/v1/groups", bob).expect(200).json().get("items")).hasSize(3);

        JsonNode first = server.get("/api/v1/groups?limit=2", bob).expect(200).json();
        assertThat(first.get("items")).hasSize(2);
        JsonNode second = server.get("/api/v1/groups?limit=2&cursor=" + first.get("nextCursor").asText(), bob).expect(200).json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();

        assertThat(server.get("/api/v1/groups?limit=101", bob).expect(400).errorFields()).containsExactly("limit");
        assertThat(server.get("/api/v1/groups?q=" + "a".repeat(101), bob).expect(400).errorFields()).containsExactly("q");
        server.get("/api/v1/groups?cursor=nonsense", bob).expect(400);
        server.get("/api/v1/groups", null).expect(401);
    }

    @Test
    void my_groups_are_the_groups_i_am_a_member_of() {
        String hikers = create(owner, "Hikers", "public");
        String cooks = create(owner, "Cooks", "public");
        String secret = create(owner, "Secret", "private");
        join(bob, cooks);
        join(bob, hikers);
        join(bob, secret);

        JsonNode mine = server.get("/api/v1/me/groups", bob).expect(200).json();
        assertThat(ids(mine)).containsExactly(cooks, hikers);
        assertThat(mine.get("items").get(0).get("myRole").asText()).isEqualTo("member");
        assertThat(ids(server.get("/api/v1/me/groups", owner).expect(200).json())).containsExactly(hikers, cooks, secret);
        assertThat(server.get("/api/v1/me/groups?limit=1", owner).expect(200).json().get("nextCursor").isNull()).isFalse();
        server.get("/api/v1/me/groups?limit=101", owner).expect(400);
        server.get("/api/v1/me/groups", null).expect(401);
        // /api/v1/me still answers as before
        assertThat(server.get("/api/v1/me", bob).expect(200).json().get("username").asText()).isEqualTo("bob");
    }

    // --- membership

    @Test
    void joining_a_public_group_makes_a_member_at_once_and_leaving_undoes_it() {
        String group = create(owner, "Hikers", "public");

        assertThat(join(bob, group)).isEqualTo("member");
        assertThat(join(bob, group)).isEqualTo("member");
        JsonNode seen = server.get("/api/v1/groups/" + group, bob).expect(200).json();
        assertThat(seen.get("myRole").asText()).isEqualTo("member");
        assertThat(seen.get("membersCount").asLong()).isEqualTo(2);

        server.call("DELETE", "/api/v1/groups/" + group + "/membership", bob).expect(204);
        server.call("DELETE", "/api/v1/groups/" + group + "/membership", bob).expect(204);
        assertThat(server.get("/api/v1/groups/" + group, bob).expect(200).json().get("membersCount").asLong()).isEqualTo(1);
    }

    @Test
    void the_last_owner_cannot_leave() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);

        Reply refused = server.call("DELETE", "/api/v1/groups/" + group + "/membership", owner).expect(409);

        assertThat(refused.code()).isEqualTo("last_owner");
        setRole(owner, group, bobId, "owner").expect(200);
        server.call("DELETE", "/api/v1/groups/" + group + "/membership", owner).expect(204);
    }

    @Test
    void joining_a_private_group_is_a_request_that_admins_answer() {
        String group = create(owner, "Secret", "private");

        assertThat(join(bob, group)).isEqualTo("requested");
        assertThat(join(bob, group)).isEqualTo("requested");
        assertThat(join(carol, group)).isEqualTo("requested");
        JsonNode seen = server.get("/api/v1/groups/" + group, bob).expect(200).json();
        assertThat(seen.get("requested").asBoolean()).isTrue();
        assertThat(seen.get("myRole").isNull()).isTrue();

        JsonNode requests = server.get("/api/v1/groups/" + group + "/requests", owner).expect(200).json();
        assertThat(fieldNames(requests.get("items").get(0))).containsExactly("user", "requestedAt");
        assertThat(fieldNames(requests.get("items").get(0).get("user")))
                .containsExactly("id", "username", "displayName", "avatarUrl");
        assertThat(usernamesOf(requests, "user")).containsExactly("bob", "carol");
        assertThat(server.get("/api/v1/groups/" + group + "/requests", bob).expect(403).code()).isEqualTo("forbidden");
        server.get("/api/v1/groups/" + group + "/requests?limit=0", owner).expect(400);

        server.call("POST", "/api/v1/groups/" + group + "/requests/" + bobId + "/approve", bob).expect(403);
        server.call("POST", "/api/v1/groups/" + group + "/requests/" + bobId + "/approve", owner).expect(204);
        server.call("POST", "/api/v1/groups/" + group + "/requests/" + carolId + "/reject", owner).expect(204);
        server.call("POST", "/api/v1/groups/" + group + "/requests/" + carolId + "/reject", owner).expect(404);
        server.call("POST", "/api/v1/groups/" + group + "/requests/not-an-id/approve", owner).expect(404);

        assertThat(server.get("/api/v1/groups/" + group, bob).expect(200).json().get("myRole").asText()).isEqualTo("member");
        assertThat(server.get("/api/v1/groups/" + group + "/requests", owner).expect(200).json().get("items")).isEmpty();
    }

    @Test
    void a_join_request_notifies_the_owner_with_the_group() {
        String group = create(owner, "Secret", "private");
        join(bob, group);
        server.core.deliverMail();

        JsonNode notifications = server.get("/api/v1/notifications", owner).expect(200).json();

        assertThat(notifications.get("items")).hasSize(1);
        JsonNode notification = notifications.get("items").get(0);
        assertThat(notification.get("type").asText()).isEqualTo("group_join_request");
        assertThat(notification.get("groupId").asText()).isEqualTo(group);
        assertThat(notification.get("actor").get("username").asText()).isEqualTo("bob");
    }

    // --- members and roles

    @Test
    void members_are_listed_with_their_roles() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);
        server.clock.advance(Duration.ofSeconds(1));
        join(carol, group);

        JsonNode members = server.get("/api/v1/groups/" + group + "/members", carol).expect(200).json();

        assertThat(fieldNames(members)).containsExactly("items", "nextCursor");
        JsonNode first = members.get("items").get(0);
        assertThat(fieldNames(first)).containsExactly("user", "role", "since");
        assertThat(fieldNames(first.get("user"))).containsExactly("id", "username", "displayName", "avatarUrl");
        assertThat(usernamesOf(members, "user")).containsExactly("olivia", "bob", "carol");
        assertThat(first.get("role").asText()).isEqualTo("owner");
        assertThat(first.get("user").get("id").asText()).isEqualTo(ownerId);
        assertThat(members.get("items").get(2).get("since").asText()).isEqualTo("2026-11-23T18:00:01Z");

        JsonNode page = server.get("/api/v1/groups/" + group + "/members?limit=2", carol).expect(200).json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(usernamesOf(server.get("/api/v1/groups/" + group + "/members?cursor=" + page.get("nextCursor").asText(),
                carol).expect(200).json(), "user")).containsExactly("carol");
        assertThat(server.get("/api/v1/groups/" + group + "/members?limit=101", carol).expect(400).errorFields())
                .containsExactly("limit");
    }

    @Test
    void a_private_groups_members_and_posts_are_404_to_non_members() {
        String group = create(owner, "Secret", "private");
        server.post("/api/v1/posts", "{\"text\":\"inside\",\"groupId\":\"" + group + "\"}", owner).expect(201);
        join(bob, group);

        assertThat(server.get("/api/v1/groups/" + group + "/members", bob).expect(404).code()).isEqualTo("not_found");
        assertThat(server.get("/api/v1/groups/" + group + "/posts", bob).expect(404).code()).isEqualTo("not_found");
        server.get("/api/v1/groups/" + group + "/members", carol).expect(404);
        server.get("/api/v1/groups/" + group + "/posts", carol).expect(404);
        // the group itself can be seen
        server.get("/api/v1/groups/" + group, carol).expect(200);

        server.call("POST", "/api/v1/groups/" + group + "/requests/" + bobId + "/approve", owner).expect(204);
        assertThat(server.get("/api/v1/groups/" + group + "/members", bob).expect(200).json().get("items")).hasSize(2);
        assertThat(server.get("/api/v1/groups/" + group + "/posts", bob).expect(200).json().get("items")).hasSize(1);
    }

    @Test
    void roles_change_by_rank() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);
        join(carol, group);

        JsonNode changed = setRole(owner, group, bobId, "admin").expect(200).json();
        assertThat(fieldNames(changed)).containsExactly("user", "role", "since");
        assertThat(changed.get("user").get("username").asText()).isEqualTo("bob");
        assertThat(changed.get("role").asText()).isEqualTo("admin");

        assertThat(setRole(bob, group, carolId, "moderator").expect(200).json().get("role").asText()).isEqualTo("moderator");
        assertThat(setRole(bob, group, carolId, "admin").expect(403).code()).isEqualTo("forbidden");
        assertThat(setRole(carol, group, bobId, "member").expect(403).code()).isEqualTo("forbidden");
        assertThat(setRole(owner, group, carolId, "king").expect(400).errorFields()).containsExactly("role");
        assertThat(server.send(server.json("/api/v1/groups/" + group + "/members/" + carolId + "/role", "PUT",
                "{\"role\":\"member\",\"why\":1}", owner)).expect(400).errorFields()).containsExactly("why");
        assertThat(server.send(server.json("/api/v1/groups/" + group + "/members/" + carolId + "/role", "PUT",
                "{}", owner)).expect(400).errorFields()).containsExactly("role");
        assertThat(setRole(owner, group, ownerId, "admin").expect(409).code()).isEqualTo("last_owner");
        setRole(owner, group, "not-an-id", "member").expect(404);
        String stranger = server.accessToken("dave");
        setRole(owner, group, idOf(stranger), "member").expect(404);

        JsonNode members = server.get("/api/v1/groups/" + group + "/members", carol).expect(200).json();
        List<String> roles = new ArrayList<>();
        members.get("items").forEach(member -> roles.add(member.get("role").asText()));
        assertThat(roles).containsExactly("owner", "admin", "moderator");
    }

    @Test
    void a_role_change_notifies_the_member_with_the_group() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);
        setRole(owner, group, bobId, "moderator").expect(200);
        server.core.deliverMail();

        JsonNode notification = server.get("/api/v1/notifications", bob).expect(200).json().get("items").get(0);

        assertThat(notification.get("type").asText()).isEqualTo("group_role_changed");
        assertThat(notification.get("groupId").asText()).isEqualTo(group);
    }

    // --- removal and bans

    @Test
    void moderators_remove_members_and_bans_keep_them_out_until_lifted() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);
        join(carol, group);
        setRole(owner, group, bobId, "moderator").expect(200);

        assertThat(server.call("DELETE", "/api/v1/groups/" + group + "/members/" + carolId + "?ban=maybe", bob).expect(400)
                .errorFields()).containsExactly("ban");
        server.call("DELETE", "/api/v1/groups/" + group + "/members/" + carolId + "?ban=TRUE", bob).expect(400);
        assertThat(server.call("DELETE", "/api/v1/groups/" + group + "/members/" + bobId, carol).expect(403).code())
                .isEqualTo("forbidden");
        server.call("DELETE", "/api/v1/groups/" + group + "/members/" + ownerId, bob).expect(403);

        server.call("DELETE", "/api/v1/groups/" + group + "/members/" + carolId + "?ban=false", bob).expect(204);
        server.call("DELETE", "/api/v1/groups/" + group + "/members/" + carolId, bob).expect(404);
        assertThat(join(carol, group)).isEqualTo("member");

        server.call("DELETE", "/api/v1/groups/" + group + "/members/" + carolId + "?ban=true", bob).expect(204);
        assertThat(server.call("POST", "/api/v1/groups/" + group + "/join", carol).expect(403).code()).isEqualTo("banned");

        assertThat(server.get("/api/v1/groups/" + group + "/bans", bob).expect(403).code()).isEqualTo("forbidden");
        JsonNode bans = server.get("/api/v1/groups/" + group + "/bans", owner).expect(200).json();
        assertThat(fieldNames(bans.get("items").get(0))).containsExactly("user", "bannedAt");
        assertThat(usernamesOf(bans, "user")).containsExactly("carol");
        server.get("/api/v1/groups/" + group + "/bans?limit=101", owner).expect(400);

        assertThat(server.call("DELETE", "/api/v1/groups/" + group + "/bans/" + carolId, bob).expect(403).code())
                .isEqualTo("forbidden");
        server.call("DELETE", "/api/v1/groups/" + group + "/bans/" + carolId, owner).expect(204);
        server.call("DELETE", "/api/v1/groups/" + group + "/bans/" + carolId, owner).expect(204);
        server.call("DELETE", "/api/v1/groups/" + group + "/bans/not-an-id", owner).expect(404);
        assertThat(server.get("/api/v1/groups/" + group + "/bans", owner).expect(200).json().get("items")).isEmpty();
        assertThat(join(carol, group)).isEqualTo("member");
    }

    @Test
    void the_moderation_log_tells_who_did_what_to_whom() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);
        setRole(owner, group, bobId, "moderator").expect(200);
        server.clock.advance(Duration.ofSeconds(1));
        server.call("DELETE", "/api/v1/groups/" + group + "/members/" + bobId + "?ban=true", owner).expect(204);

        JsonNode log = server.get("/api/v1/groups/" + group + "/log", owner).expect(200).json();

        assertThat(log.get("items")).hasSize(2);
        JsonNode newest = log.get("items").get(0);
        assertThat(fieldNames(newest)).containsExactly("id", "action", "actor", "subject", "detail", "at");
        assertThat(newest.get("action").asText()).isEqualTo("member_banned");
        assertThat(newest.get("actor").get("username").asText()).isEqualTo("olivia");
        assertThat(newest.get("subject").get("username").asText()).isEqualTo("bob");
        assertThat(newest.get("at").asText()).isEqualTo("2026-11-23T18:00:01Z");
        JsonNode older = log.get("items").get(1);
        assertThat(older.get("action").asText()).isEqualTo("role_changed");
        assertThat(older.get("detail").asText()).isEqualTo("member -> moderator");

        server.patch("/api/v1/groups/" + group, "{\"name\":\"Walkers\"}", owner).expect(200);
        JsonNode edit = server.get("/api/v1/groups/" + group + "/log?limit=1", owner).expect(200).json();
        assertThat(edit.get("items").get(0).get("action").asText()).isEqualTo("group_edited");
        assertThat(edit.get("items").get(0).get("subject").isNull()).isTrue();
        assertThat(edit.get("nextCursor").isNull()).isFalse();

        join(carol, group);
        assertThat(server.get("/api/v1/groups/" + group + "/log", carol).expect(403).code()).isEqualTo("forbidden");
        server.get("/api/v1/groups/" + group + "/log?limit=101", owner).expect(400);
    }

    @Test
    void a_moderators_deletion_of_a_post_is_logged_as_post_deleted() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);
        String post = server.post("/api/v1/posts", "{\"text\":\"spam\",\"groupId\":\"" + group + "\"}", bob).expect(201)
                .json().get("id").asText();

        server.call("DELETE", "/api/v1/posts/" + post, owner).expect(204);

        JsonNode entry = server.get("/api/v1/groups/" + group + "/log", owner).expect(200).json().get("items").get(0);
        assertThat(entry.get("action").asText()).isEqualTo("post_deleted");
        assertThat(entry.get("actor").get("username").asText()).isEqualTo("olivia");
    }

    // --- posts

    @Test
    void members_post_into_a_group_and_its_timeline_shows_them() {
        String group = create(owner, "Hikers", "public");
        join(bob, group);

        JsonNode post = server.post("/api/v1/posts", "{\"text\":\"summit!\",\"groupId\":\"" + group + "\"}", bob)
                .expect(201).json();
        assertThat(post.get("groupId").asText()).isEqualTo(group);
        server.clock.advance(Duration.ofSeconds(1));
        String second = server.post("/api/v1/posts", "{\"text\":\"descent\",\"groupId\":\"" + group + "\"}", owner)
                .expect(201).json().get("id").asText();
        server.publish(bob, "not in the group");

        JsonNode timeline = server.get("/api/v1/groups/" + group + "/posts", carol).expect(200).json();
        assertThat(ids(timeline)).containsExactly(second, post.get("id").asText());
        JsonNode rendered = timeline.get("items").get(1);
        assertThat(fieldNames(rendered)).containsExactly("id", "author", "text", "media", "groupId", "likesCount",
                "commentsCount", "likedByMe", "createdAt");
        assertThat(rendered).isEqualTo(server.get("/api/v1/posts/" + post.get("id").asText(), carol).expect(200).json());

        JsonNode page = server.get("/api/v1/groups/" + group + "/posts?limit=1", carol).expect(200).json();
        assertThat(ids(server.get("/api/v1/groups/" + group + "/posts?limit=1&cursor=" + page.get("nextCursor").asText(),
                carol).expect(200).json())).containsExactly(post.get("id").asText());
        assertThat(server.get("/api/v1/groups/" + group + "/posts?limit=101", carol).expect(400).errorFields())
                .containsExactly("limit");

        Reply outsider = server.post("/api/v1/posts", "{\"text\":\"me too\",\"groupId\":\"" + group + "\"}", carol).expect(403);
        assertThat(outsider.code()).isEqualTo("not_a_member");
        assertThat(server.post("/api/v1/posts", "{\"text\":\"x\",\"groupId\":\"" + UNKNOWN_GROUP + "\"}", carol).expect(400)
                .errorFields()).containsExactly("groupId");
    }

    @Test
    void every_group_route_needs_a_token() {
        String group = create(owner, "Hikers", "public");
        String base = "/api/v1/groups/" + group;
        for (String[] route : new String[][] {{"GET", "/api/v1/groups"}, {"GET", "/api/v1/me/groups"}, {"GET", base},
                {"DELETE", base}, {"POST", base + "/join"}, {"DELETE", base + "/membership"}, {"GET", base + "/members"},
                {"GET", base + "/requests"}, {"POST", base + "/requests/" + bobId + "/approve"},
                {"POST", base + "/requests/" + bobId + "/reject"}, {"DELETE", base + "/members/" + bobId},
                {"GET", base + "/bans"}, {"DELETE", base + "/bans/" + bobId}, {"GET", base + "/log"},
                {"GET", base + "/posts"}}) {
            assertThat(server.call(route[0], route[1], null).expect(401).code()).as(route[0] + " " + route[1])
                    .isEqualTo("invalid_token");
        }
        server.patch(base, "{}", null).expect(401);
        server.send(server.json(base + "/members/" + bobId + "/role", "PUT", "{\"role\":\"admin\"}", null)).expect(401);
    }
}
