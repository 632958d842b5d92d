package dev.kith.adapter.javalin.graph;

import static dev.kith.adapter.javalin.TestServer.fieldNames;
import static dev.kith.adapter.javalin.TestServer.usernames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphRoutesTest {

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
    void following_a_public_account_is_immediate_and_repeating_it_changes_nothing() {
        JsonNode followed = server.call("POST", "/api/v1/users/alice/follow", bob).expect(200).json();
        JsonNode again = server.call("POST", "/api/v1/users/ALICE/follow", bob).expect(200).json();

        assertThat(followed.toString()).isEqualTo("{\"state\":\"following\"}");
        assertThat(again).isEqualTo(followed);
        assertThat(usernames(server.get("/api/v1/users/alice/followers", alice).expect(200).json()))
                .containsExactly("bob");
        assertThat(usernames(server.get("/api/v1/users/bob/following", alice).expect(200).json()))
                .containsExactly("alice");
        JsonNode relationship = server.get("/api/v1/users/alice", bob).expect(200).json().get("relationship");
        assertThat(relationship.toString())
                .isEqualTo("{\"following\":true,\"followedBy\":false,\"requested\":false,\"blocking\":false}");
    }

    @Test
    void following_a_private_account_is_a_request_until_it_is_accepted() {
        server.makePrivate(alice);

        JsonNode requested = server.call("POST", "/api/v1/users/alice/follow", bob).expect(200).json();
        JsonNode again = server.call("POST", "/api/v1/users/alice/follow", bob).expect(200).json();
        JsonNode requests = server.get("/api/v1/me/follow-requests", alice).expect(200).json();
        JsonNode whileWaiting = server.get("/api/v1/users/alice", bob).expect(200).json().get("relationship");
        server.call("POST", "/api/v1/me/follow-requests/bob/accept", alice).expect(204);

        assertThat(requested.toString()).isEqualTo("{\"state\":\"requested\"}");
        assertThat(again).isEqualTo(requested);
        assertThat(fieldNames(requests)).containsExactly("items", "nextCursor");
        assertThat(usernames(requests)).containsExactly("bob");
        assertThat(fieldNames(requests.get("items").get(0))).containsExactly("id", "username", "displayName", "avatarUrl");
        assertThat(whileWaiting.get("requested").asBoolean()).isTrue();
        assertThat(whileWaiting.get("following").asBoolean()).isFalse();
        assertThat(server.get("/api/v1/me/follow-requests", alice).expect(200).json().get("items")).isEmpty();
        assertThat(usernames(server.get("/api/v1/users/alice/followers", bob).expect(200).json()))
                .containsExactly("bob");
        assertThat(server.follow(bob, "alice")).isEqualTo("following");
        assertThat(server.get("/api/v1/users/bob", alice).expect(200).json().get("relationship").get("followedBy")
                .asBoolean()).isTrue();
    }

    @Test
    void rejecting_a_request_removes_it_and_a_second_answer_is_404() {
        server.makePrivate(alice);
        server.follow(bob, "alice");

        server.call("POST", "/api/v1/me/follow-requests/bob/reject", alice).expect(204);

        assertThat(server.get("/api/v1/me/follow-requests", alice).expect(200).json().get("items")).isEmpty();
        assertThat(server.get("/api/v1/users/alice", bob).expect(200).json().get("relationship").get("requested")
                .asBoolean()).isFalse();
        assertThat(server.call("POST", "/api/v1/me/follow-requests/bob/accept", alice).expect(404).code())
                .isEqualTo("not_found");
        server.call("POST", "/api/v1/me/follow-requests/bob/reject", alice).expect(404);
        server.call("POST", "/api/v1/me/follow-requests/nobody/accept", alice).expect(404);
        server.call("POST", "/api/v1/me/follow-requests/alice/accept", bob).expect(404);
    }

    @Test
    void making_an_account_public_accepts_its_pending_requests() {
        server.makePrivate(alice);
        server.follow(bob, "alice");

        server.patch("/api/v1/me", "{\"private\":false}", alice).expect(200);

        assertThat(usernames(server.get("/api/v1/users/alice/followers", alice).expect(200).json()))
                .containsExactly("bob");
        assertThat(server.get("/api/v1/me/follow-requests", alice).expect(200).json().get("items")).isEmpty();
    }

    @Test
    void unfollowing_answers_204_withdraws_a_request_and_is_idempotent() {
        server.follow(bob, "alice");
        String carol = server.accessToken("carol");
        server.makePrivate(carol);
        server.follow(bob, "carol");

        server.call("DELETE", "/api/v1/users/alice/follow", bob).expect(204);
        server.call("DELETE", "/api/v1/users/alice/follow", bob).expect(204);
        server.call("DELETE", "/api/v1/users/carol/follow", bob).expect(204);

        assertThat(server.get("/api/v1/users/alice/followers", alice).expect(200).json().get("items")).isEmpty();
        assertThat(server.get("/api/v1/me/follow-requests", carol).expect(200).json().get("items")).isEmpty();
        assertThat(server.call("DELETE", "/api/v1/users/nobody/follow", bob).expect(404).code()).isEqualTo("not_found");
    }

    @Test
    void following_or_blocking_yourself_is_400() {
        Reply follow = server.call("POST", "/api/v1/users/alice/follow", alice).expect(400);
        Reply block = server.call("POST", "/api/v1/users/alice/block", alice).expect(400);

        assertThat(follow.code()).isEqualTo("not_with_yourself");
        assertThat(block.code()).isEqualTo("not_with_yourself");
    }

    @Test
    void unknown_accounts_are_404_for_every_graph_route() {
        for (String name : List.of("nobody", "no", "a-b", "x".repeat(31))) {
            String user = "/api/v1/users/" + name;
            for (Reply reply : List.of(server.call("POST", user + "/follow", alice),
                    server.call("DELETE", user + "/follow", alice), server.get(user + "/followers", alice),
                    server.get(user + "/following", alice), server.call("POST", user + "/block", alice),
                    server.call("DELETE", user + "/block", alice),
                    server.call("POST", "/api/v1/me/follow-requests/" + name + "/accept", alice),
                    server.call("POST", "/api/v1/me/follow-requests/" + name + "/reject", alice))) {
                assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(404);
                assertThat(reply.code()).isEqualTo("not_found");
            }
        }
    }

    @Test
    void blocking_removes_follows_both_ways_and_unblocking_restores_only_the_possibility() {
        server.follow(alice, "bob");
        server.follow(bob, "alice");

        server.call("POST", "/api/v1/users/bob/block", alice).expect(204);
        server.call("POST", "/api/v1/users/bob/block", alice).expect(204);

        assertThat(server.get("/api/v1/users/alice/followers", alice).expect(200).json().get("items")).isEmpty();
        assertThat(server.get("/api/v1/users/alice/following", alice).expect(200).json().get("items")).isEmpty();
        assertThat(server.get("/api/v1/users/alice", bob).expect(404).code()).isEqualTo("not_found");
        assertThat(server.get("/api/v1/users/bob", alice).expect(404).code()).isEqualTo("not_found");
        assertThat(server.call("POST", "/api/v1/users/alice/follow", bob).expect(404).code()).isEqualTo("not_found");
        server.call("POST", "/api/v1/users/bob/follow", alice).expect(404);
        server.call("POST", "/api/v1/users/alice/block", bob).expect(204);

        server.call("DELETE", "/api/v1/users/bob/block", alice).expect(204);
        server.call("DELETE", "/api/v1/users/bob/block", alice).expect(204);
        server.call("DELETE", "/api/v1/users/alice/block", bob).expect(204);

        JsonNode relationship = server.get("/api/v1/users/bob", alice).expect(200).json().get("relationship");
        assertThat(relationship.toString())
                .isEqualTo("{\"following\":false,\"followedBy\":false,\"requested\":false,\"blocking\":false}");
        assertThat(server.follow(alice, "bob")).isEqualTo("following");
    }

    @Test
    void a_blocked_account_is_404_even_to_the_blocker_until_unblocked() {
        server.call("POST", "/api/v1/users/bob/block", alice).expect(204);

        // neither side appears to the other, so relationship.blocking is never seen true
        server.get("/api/v1/users/bob", alice).expect(404);
        server.call("DELETE", "/api/v1/users/bob/block", alice).expect(204);
        assertThat(server.get("/api/v1/users/bob", alice).expect(200).json().get("relationship").get("blocking")
                .asBoolean()).isFalse();
    }

    @Test
    void the_blocker_finds_whom_it_blocks_under_me_blocks_and_no_one_else_does() {
        String carol = server.accessToken("carol");
        server.call("POST", "/api/v1/users/carol/block", alice).expect(204);
        server.call("POST", "/api/v1/users/bob/block", alice).expect(204);

        JsonNode blocks = server.get("/api/v1/me/blocks?limit=1", alice).expect(200).json();
        assertThat(blocks.get("items").get(0).get("username").asText()).isEqualTo("bob");
        JsonNode next = server.get("/api/v1/me/blocks?limit=1&cursor=" + blocks.get("nextCursor").asText(), alice).expect(200).json();
        assertThat(next.get("items").get(0).get("username").asText()).isEqualTo("carol");
        assertThat(next.get("nextCursor").isNull()).isTrue();
        assertThat(server.get("/api/v1/me/blocks", bob).expect(200).json().get("items")).isEmpty();
        assertThat(server.get("/api/v1/me/blocks", carol).expect(200).json().get("items")).isEmpty();
        server.get("/api/v1/me/blocks").expect(401);
    }

    @Test
    void followers_and_following_are_newest_first_and_leave_out_blocked_accounts() {
        String carol = server.accessToken("carol");
        String dave = server.accessToken("dave");
        server.follow(bob, "alice");
        server.follow(carol, "alice");
        server.follow(dave, "alice");
        server.follow(alice, "bob");
        server.follow(alice, "carol");
        server.block(dave, "bob");

        assertThat(usernames(server.get("/api/v1/users/alice/followers", alice).expect(200).json()))
                .containsExactly("dave", "carol", "bob");
        assertThat(usernames(server.get("/api/v1/users/alice/followers", bob).expect(200).json()))
                .containsExactly("carol", "bob");
        assertThat(usernames(server.get("/api/v1/users/alice/following", alice).expect(200).json()))
                .containsExactly("carol", "bob");
        JsonNode profile = server.get("/api/v1/users/alice", carol).expect(200).json();
        assertThat(profile.get("followersCount").asLong()).isEqualTo(3);
        assertThat(profile.get("followingCount").asLong()).isEqualTo(2);
    }

    @Test
    void every_graph_route_refuses_an_anonymous_caller() {
        List<String[]> routes = List.of(new String[]{"POST", "/api/v1/users/alice/follow"},
                new String[]{"DELETE", "/api/v1/users/alice/follow"}, new String[]{"GET", "/api/v1/users/alice/followers"},
                new String[]{"GET", "/api/v1/users/alice/following"}, new String[]{"GET", "/api/v1/me/follow-requests"},
                new String[]{"POST", "/api/v1/me/follow-requests/bob/accept"},
                new String[]{"POST", "/api/v1/me/follow-requests/bob/reject"},
                new String[]{"POST", "/api/v1/users/alice/block"}, new String[]{"DELETE", "/api/v1/users/alice/block"},
                new String[]{"GET", "/api/v1/users/nobody/followers?limit=abc"});
        for (String[] route : routes) {
            Reply reply = server.call(route[0], route[1], null);

            assertThat(reply.status()).as(route[0] + " " + route[1]).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("invalid_token");
        }
    }
}
