package dev.kith.adapter.javalin.notification;

import static dev.kith.adapter.javalin.TestServer.fieldNames;
import static dev.kith.adapter.javalin.TestServer.ids;
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

/** The notification endpoints, over HTTP; the relay that writes notifications runs when a test says so. */
class NotificationRoutesTest {

    private static final String LIST = "/api/v1/notifications";
    private static final String UNREAD_COUNT = "/api/v1/notifications/unread-count";
    private static final String READ = "/api/v1/notifications/read";

    private final TestServer server = new TestServer();
    private String alice;
    private String bob;
    private String carol;
    private String bobId;

    @BeforeEach
    void signUp() {
        alice = server.accessToken("alice");
        JsonNode bobLogin = server.signUp("bob");
        bob = bobLogin.get("accessToken").asText();
        bobId = server.get("/api/v1/me", bob).expect(200).json().get("id").asText();
        carol = server.accessToken("carol");
        server.core.deliverMail();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void relay() {
        server.core.deliverMail();
    }

    private void later() {
        server.clock.advance(Duration.ofSeconds(1));
    }

    private void like(String token, String postId) {
        server.call("POST", "/api/v1/posts/" + postId + "/like", token).expect(200);
    }

    private JsonNode list(String query, String token) {
        return server.get(LIST + query, token).expect(200).json();
    }

    private long unreadCount(String token) {
        return server.get(UNREAD_COUNT, token).expect(200).json().get("count").asLong();
    }

    /** Alice is notified of three likes, oldest first in the returned list of ids (newest first in the API). */
    private List<String> threeLikes() {
        for (int i = 0; i < 3; i++) {
            String post = server.publish(alice, "post " + i);
            later();
            like(bob, post);
            later();
        }
        relay();
        return ids(list("", alice));
    }

    @Test
    void a_follow_a_like_and_a_comment_are_notified_once_the_relay_has_run() {
        String post = server.publish(alice, "hello");
        later();
        server.follow(bob, "alice");
        later();
        like(bob, post);
        later();
        String comment = server.comment(bob, post, "nice");

        JsonNode before = list("", alice);
        relay();
        JsonNode after = list("", alice);

        assertThat(before.toString()).isEqualTo("{\"items\":[],\"nextCursor\":null}");
        assertThat(fieldNames(after)).containsExactly("items", "nextCursor");
        assertThat(after.get("nextCursor").isNull()).isTrue();
        List<String> types = new ArrayList<>();
        after.get("items").forEach(item -> types.add(item.get("type").asText()));
        assertThat(types).containsExactly("comment", "like", "follow");

        JsonNode commented = after.get("items").get(0);
        assertThat(fieldNames(commented)).containsExactly("id", "type", "actor", "postId", "commentId", "groupId",
                "storyId", "createdAt", "read");
        assertThat(commented.get("actor").toString()).isEqualTo(
                "{\"id\":\"" + bobId + "\",\"username\":\"bob\",\"displayName\":null,\"avatarUrl\":null}");
        assertThat(commented.get("postId").asText()).isEqualTo(post);
        assertThat(commented.get("commentId").asText()).isEqualTo(comment);
        assertThat(commented.get("groupId").isNull()).isTrue();
        assertThat(commented.get("storyId").isNull()).isTrue();
        assertThat(commented.get("createdAt").asText()).isEqualTo("2026-11-23T18:00:03Z");
        assertThat(commented.get("read").asBoolean()).isFalse();

        JsonNode liked = after.get("items").get(1);
        assertThat(liked.get("postId").asText()).isEqualTo(post);
        assertThat(liked.get("commentId").isNull()).isTrue();
        assertThat(liked.get("createdAt").asText()).isEqualTo("2026-11-23T18:00:02Z");

        JsonNode followed = after.get("items").get(2);
        assertThat(followed.get("postId").isNull()).isTrue();
        assertThat(followed.get("commentId").isNull()).isTrue();
        assertThat(followed.get("createdAt").asText()).isEqualTo("2026-11-23T18:00:01Z");

        assertThat(list("", bob).get("items")).isEmpty();
    }

    @Test
    void every_like_is_its_own_notification_and_your_own_like_is_none() {
        String post = server.publish(alice, "hello");
        like(bob, post);
        like(carol, post);
        like(alice, post);
        like(bob, post);
        relay();

        JsonNode items = list("", alice).get("items");
        List<String> likers = new ArrayList<>();
        items.forEach(item -> likers.add(item.get("actor").get("username").asText()));
        assertThat(likers).containsExactly("carol", "bob");
        assertThat(unreadCount(alice)).isEqualTo(2);
    }

    @Test
    void the_unread_count_is_an_object_with_the_count() {
        Reply empty = server.get(UNREAD_COUNT, alice).expect(200);
        threeLikes();

        assertThat(empty.body()).isEqualTo("{\"count\":0}");
        assertThat(server.get(UNREAD_COUNT, alice).expect(200).body()).isEqualTo("{\"count\":3}");
        assertThat(server.get(UNREAD_COUNT, bob).expect(200).body()).isEqualTo("{\"count\":0}");
    }

    @Test
    void marking_some_read_by_id_is_idempotent_and_the_unread_filter_leaves_them_out() {
        List<String> all = threeLikes();

        server.post(READ, "{\"ids\":[\"" + all.get(1) + "\"]}", alice).expect(204);
        server.post(READ, "{\"ids\":[\"" + all.get(1) + "\"]}", alice).expect(204);

        assertThat(unreadCount(alice)).isEqualTo(2);
        assertThat(ids(list("?unread=true", alice))).containsExactly(all.get(0), all.get(2));
        assertThat(ids(list("?unread=false", alice))).isEqualTo(all);
        List<Boolean> read = new ArrayList<>();
        list("", alice).get("items").forEach(item -> read.add(item.get("read").asBoolean()));
        assertThat(read).containsExactly(false, true, false);
    }

    @Test
    void marking_read_up_to_one_marks_it_and_every_older_one_and_is_idempotent() {
        List<String> all = threeLikes();

        server.post(READ, "{\"upTo\":\"" + all.get(1) + "\"}", alice).expect(204);
        server.post(READ, "{\"upTo\":\"" + all.get(1) + "\"}", alice).expect(204);

        assertThat(unreadCount(alice)).isEqualTo(1);
        assertThat(ids(list("?unread=true", alice))).containsExactly(all.get(0));
    }

    @Test
    void someone_elses_notification_ids_change_nothing() {
        List<String> all = threeLikes();

        server.post(READ, "{\"ids\":[\"" + all.get(0) + "\"]}", bob).expect(204);
        server.post(READ, "{\"upTo\":\"" + all.get(0) + "\"}", bob).expect(204);

        assertThat(unreadCount(alice)).isEqualTo(3);
    }

    @Test
    void pages_follow_their_cursors_newest_first_and_the_last_page_has_no_cursor() {
        List<String> all = threeLikes();
        later();
        like(carol, server.publish(alice, "one more"));
        relay();
        all = ids(list("", alice));

        JsonNode first = list("?limit=3", alice);
        JsonNode second = list("?limit=3&cursor=" + first.get("nextCursor").asText(), alice);

        assertThat(all).hasSize(4);
        assertThat(ids(first)).isEqualTo(all.subList(0, 3));
        assertThat(ids(second)).isEqualTo(all.subList(3, 4));
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(all).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void unread_pages_follow_their_own_cursors() {
        List<String> all = threeLikes();
        server.post(READ, "{\"ids\":[\"" + all.get(1) + "\"]}", alice).expect(204);

        JsonNode first = list("?unread=true&limit=1", alice);
        JsonNode second = list("?unread=true&limit=1&cursor=" + first.get("nextCursor").asText(), alice);
        Reply otherList = server.get(LIST + "?limit=1&cursor=" + first.get("nextCursor").asText(), alice);

        assertThat(ids(first)).containsExactly(all.get(0));
        assertThat(ids(second)).containsExactly(all.get(2));
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(otherList.status()).isEqualTo(400);
        assertThat(otherList.errorFields()).containsExactly("cursor");
    }

    @Test
    void a_bad_unread_value_or_page_is_400() {
        for (String query : List.of("?unread=yes", "?unread=TRUE", "?unread=1", "?unread=")) {
            Reply reply = server.get(LIST + query, alice);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.code()).as(query).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).as(query).containsExactly("unread");
        }
        Reply limit = server.get(LIST + "?limit=101", alice);
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.errorFields()).containsExactly("limit");
        Reply cursor = server.get(LIST + "?cursor=nonsense", alice);
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.errorFields()).containsExactly("cursor");
    }

    @Test
    void marking_read_needs_exactly_one_of_up_to_and_ids_of_notifications() {
        String id = threeLikes().get(0);
        for (String body : List.of(
                "{\"upTo\":\"" + id + "\",\"ids\":[\"" + id + "\"]}",
                "{}",
                "{\"ids\":[]}",
                "{\"upTo\":null,\"ids\":null}",
                "{\"upTo\":\"nope\"}",
                "{\"ids\":[\"" + id + "\",\"nope\"]}",
                "{\"upTo\":42}",
                "{\"ids\":\"" + id + "\"}",
                "{\"ids\":[\"" + id + "\"],\"all\":true}")) {
            Reply reply = server.post(READ, body, alice);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.code()).as(body).isEqualTo("validation_failed");
            assertThat(reply.header("Content-Type")).as(body).startsWith("application/problem+json");
        }
        assertThat(server.post(READ, "{\"ids\":[\"" + id + "\"],\"all\":true}", alice).errorFields()).containsExactly("all");
        assertThat(server.post(READ, "{\"upTo\":\"nope\"}", alice).errorFields()).containsExactly("upTo");
        assertThat(server.post(READ, "[]", alice).code()).isEqualTo("malformed_json");
        assertThat(unreadCount(alice)).isEqualTo(3);
    }

    @Test
    void every_notification_endpoint_needs_a_token() {
        for (Reply reply : List.of(server.get(LIST), server.get(UNREAD_COUNT), server.post(READ, "{\"ids\":[]}"),
                server.get(LIST, "not-a-token"))) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.header("WWW-Authenticate")).isNotNull();
        }
    }

    @Test
    void a_blocked_actors_notifications_disappear() {
        String post = server.publish(alice, "hello");
        like(bob, post);
        like(carol, post);
        relay();
        assertThat(unreadCount(alice)).isEqualTo(2);

        server.block(alice, "bob");
        JsonNode beforeRelay = list("", alice);
        relay();
        JsonNode afterRelay = list("", alice);

        for (JsonNode page : List.of(beforeRelay, afterRelay)) {
            assertThat(page.get("items")).hasSize(1);
            assertThat(page.get("items").get(0).get("actor").get("username").asText()).isEqualTo("carol");
        }
        assertThat(unreadCount(alice)).isEqualTo(1);
    }

    @Test
    void undoing_the_cause_deletes_the_notification() {
        String post = server.publish(alice, "hello");
        server.follow(bob, "alice");
        like(bob, post);
        String comment = server.comment(carol, post, "hi");
        relay();
        assertThat(unreadCount(alice)).isEqualTo(3);

        server.call("DELETE", "/api/v1/posts/" + post + "/like", bob).expect(200);
        server.call("DELETE", "/api/v1/users/alice/follow", bob).expect(204);
        server.call("DELETE", "/api/v1/comments/" + comment, carol).expect(204);
        relay();

        assertThat(list("", alice).get("items")).isEmpty();
        assertThat(unreadCount(alice)).isZero();
    }
}
