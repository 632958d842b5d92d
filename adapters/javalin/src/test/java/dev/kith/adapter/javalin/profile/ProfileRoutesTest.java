package dev.kith.adapter.javalin.profile;

import static dev.kith.adapter.javalin.TestServer.fieldNames;
import static dev.kith.adapter.javalin.TestServer.usernames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileRoutesTest {

    private final TestServer server = new TestServer();
    private String alice;
    private String bob;

    @BeforeEach
    void signUp() {
        alice = server.accessToken("alice");
        bob = server.accessToken("bob");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_profile_shows_counts_and_the_relationship_but_never_an_email() {
        server.patch("/api/v1/me", "{\"displayName\":\"Alice A.\",\"bio\":\"Hi\"}", alice).expect(200);
        server.follow(bob, "alice");
        server.follow(alice, "bob");
        server.publish(alice, "one");
        server.publish(alice, "two");
        String aliceId = server.get("/api/v1/me", alice).expect(200).json().get("id").asText();

        Reply reply = server.get("/api/v1/users/Alice", bob).expect(200);

        JsonNode profile = reply.json();
        assertThat(fieldNames(profile)).containsExactly("id", "username", "displayName", "bio", "avatarUrl", "private",
                "followersCount", "followingCount", "postsCount", "relationship");
        assertThat(reply.body()).doesNotContain("@example.com").doesNotContain("email");
        assertThat(profile.get("id").asText()).isEqualTo(aliceId);
        assertThat(profile.get("username").asText()).isEqualTo("alice");
        assertThat(profile.get("displayName").asText()).isEqualTo("Alice A.");
        assertThat(profile.get("bio").asText()).isEqualTo("Hi");
        assertThat(profile.get("avatarUrl").isNull()).isTrue();
        assertThat(profile.get("private").isBoolean()).isTrue();
        assertThat(profile.get("private").asBoolean()).isFalse();
        assertThat(profile.get("followersCount").asLong()).isEqualTo(1);
        assertThat(profile.get("followingCount").asLong()).isEqualTo(1);
        assertThat(profile.get("postsCount").asLong()).isEqualTo(2);
        assertThat(profile.get("relationship").toString())
                .isEqualTo("{\"following\":true,\"followedBy\":true,\"requested\":false,\"blocking\":false}");
        assertThat(server.get("/api/v1/users/alice", alice).expect(200).json().get("relationship").toString())
                .as("looking at yourself")
                .isEqualTo("{\"following\":false,\"followedBy\":false,\"requested\":false,\"blocking\":false}");
    }

    @Test
    void a_private_accounts_profile_shows_to_strangers_with_its_counts() {
        server.makePrivate(alice);
        server.publish(alice, "secret");

        JsonNode profile = server.get("/api/v1/users/alice", bob).expect(200).json();

        assertThat(profile.get("private").asBoolean()).isTrue();
        assertThat(profile.get("postsCount").asLong()).isEqualTo(1);
        server.get("/api/v1/users/alice/posts", bob).expect(404);
    }

    @Test
    void an_unknown_or_blocked_profile_is_404() {
        String carol = server.accessToken("carol");
        server.block(alice, "bob");
        server.block(carol, "alice");

        for (String name : List.of("nobody", "x", "no_such_user_with_a_long_name_", "%E2%82%AC")) {
            assertThat(server.get("/api/v1/users/" + name, alice).expect(404).code()).isEqualTo("not_found");
        }
        server.get("/api/v1/users/alice", bob).expect(404);
        server.get("/api/v1/users/bob", alice).expect(404);
        server.get("/api/v1/users/carol", alice).expect(404);
        server.get("/api/v1/users/alice", carol).expect(404);
        server.get("/api/v1/users/bob", carol).expect(200);
    }

    @Test
    void search_matches_username_or_display_name_prefixes_ignoring_case_ordered_by_username() {
        String carol = server.accessToken("carol");
        server.accessToken("caroline");
        server.accessToken("oscar");
        server.patch("/api/v1/me", "{\"displayName\":\"Carl Bob\"}", bob).expect(200);

        JsonNode page = server.get("/api/v1/users?q=CAR", alice).expect(200).json();
        JsonNode mentioned = server.get("/api/v1/users?q=%40carol", alice).expect(200).json();

        assertThat(fieldNames(page)).containsExactly("items", "nextCursor");
        assertThat(usernames(page)).containsExactly("bob", "carol", "caroline");
        assertThat(fieldNames(page.get("items").get(0))).containsExactly("id", "username", "displayName", "avatarUrl");
        assertThat(page.get("items").get(0).get("displayName").asText()).isEqualTo("Carl Bob");
        assertThat(page.get("nextCursor").isNull()).isTrue();
        assertThat(usernames(mentioned)).containsExactly("carol", "caroline");
        server.block(carol, "alice");
        assertThat(usernames(server.get("/api/v1/users?q=car", alice).expect(200).json()))
                .containsExactly("bob", "caroline");
    }

    @Test
    void search_walks_its_pages_with_the_cursor() {
        for (String name : List.of("sam1", "sam2", "sam3", "sam4", "sam5")) {
            server.accessToken(name);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String path = "/api/v1/users?q=sam&limit=2" + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = server.get(path, alice).expect(200).json();
            seen.addAll(usernames(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactly("sam1", "sam2", "sam3", "sam4", "sam5");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void search_needs_a_q_of_1_to_50_characters_and_a_valid_page() {
        for (String query : List.of("", "?q=", "?q=%20%20", "?q=%40", "?q=" + "a".repeat(51))) {
            Reply reply = server.get("/api/v1/users" + query, alice).expect(400);

            assertThat(reply.code()).as(query).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).as(query).containsExactly("q");
        }
        assertThat(server.get("/api/v1/users?q=a&limit=101", alice).expect(400).errorFields()).containsExactly("limit");
        assertThat(server.get("/api/v1/users?q=a&cursor=zzz", alice).expect(400).errorFields()).containsExactly("cursor");
    }

    @Test
    void profiles_and_search_refuse_an_anonymous_caller() {
        for (String path : List.of("/api/v1/users/alice", "/api/v1/users?q=al", "/api/v1/users", "/api/v1/users/nobody")) {
            Reply reply = server.call("GET", path, null);

            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("invalid_token");
        }
    }
}
