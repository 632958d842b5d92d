package dev.kith.adapter.javalin.content;

import static dev.kith.adapter.javalin.TestServer.fieldNames;
import static dev.kith.adapter.javalin.TestServer.ids;
import static dev.kith.adapter.javalin.TestServer.quoted;
import static dev.kith.adapter.javalin.TestServer.usernames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContentRoutesTest {

    private static final String UNKNOWN_POST = "01900000-0000-7000-8000-000000000000";

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
    void publishing_a_post_answers_201_with_the_post_and_its_location() {
        Reply published = server.post("/api/v1/posts", "{\"text\":\"Hello, @bob!\"}", alice).expect(201);

        JsonNode post = published.json();
        assertThat(fieldNames(post)).containsExactly("id", "author", "text", "media", "groupId", "likesCount",
                "commentsCount", "likedByMe", "createdAt");
        assertThat(fieldNames(post.get("author"))).containsExactly("id", "username", "displayName", "avatarUrl");
        assertThat(post.get("author").get("username").asText()).isEqualTo("alice");
        assertThat(post.get("author").get("displayName").isNull()).isTrue();
        assertThat(post.get("author").get("avatarUrl").isNull()).isTrue();
        assertThat(post.get("text").asText()).isEqualTo("Hello, @bob!");
        assertThat(post.get("media").isArray()).isTrue();
        assertThat(post.get("media")).isEmpty();
        assertThat(post.get("groupId").isNull()).isTrue();
        assertThat(post.get("likesCount").asLong()).isZero();
        assertThat(post.get("commentsCount").asLong()).isZero();
        assertThat(post.get("likedByMe").asBoolean()).isFalse();
        assertThat(post.get("createdAt").asText()).isEqualTo("2026-11-23T18:00:00Z");
        assertThat(published.header("Location")).isEqualTo("/api/v1/posts/" + post.get("id").asText());

        assertThat(server.get("/api/v1/posts/" + post.get("id").asText(), bob).expect(200).json()).isEqualTo(post);
    }

    @Test
    void empty_or_null_media_and_group_fields_are_the_same_as_absent_ones() {
        server.post("/api/v1/posts", "{\"text\":\"a\",\"mediaIds\":[],\"groupId\":null}", alice).expect(201);
        server.post("/api/v1/posts", "{\"text\":\"b\",\"mediaIds\":null}", alice).expect(201);
    }

    @Test
    void post_text_is_required_non_blank_and_at_most_5000_code_points() {
        assertThat(server.post("/api/v1/posts", "{}", alice).expect(400).errorFields()).containsExactly("text");
        assertThat(server.post("/api/v1/posts", "{\"text\":\"  \\n \"}", alice).expect(400).errorFields())
                .containsExactly("text");
        assertThat(server.post("/api/v1/posts", "{\"text\":" + quoted("a".repeat(5001)) + "}", alice).expect(400)
                .errorFields()).containsExactly("text");
        String foxes = "🦊".repeat(5000);

        JsonNode post = server.post("/api/v1/posts", "{\"text\":" + quoted(foxes) + "}", alice).expect(201).json();

        assertThat(post.get("text").asText()).isEqualTo(foxes);
    }

    @Test
    void unknown_media_and_malformed_group_ids_are_refused_as_invalid_input() {
        Reply media = server.post("/api/v1/posts", "{\"text\":\"a\",\"mediaIds\":[\"m1\"]}", alice).expect(400);
        Reply group = server.post("/api/v1/posts", "{\"text\":\"a\",\"groupId\":\"g1\"}", alice).expect(400);

        assertThat(media.code()).isEqualTo("validation_failed");
        assertThat(media.errorFields()).containsExactly("mediaIds");
        assertThat(group.errorFields()).containsExactly("groupId");
    }

    @Test
    void wrong_json_types_in_a_post_name_every_field() {
        for (String body : List.of("{\"text\":5,\"mediaIds\":\"m1\",\"groupId\":7}",
                "{\"text\":[\"a\"],\"mediaIds\":[1],\"groupId\":{\"id\":\"g\"}}",
                "{\"text\":true,\"mediaIds\":{\"0\":\"m\"},\"groupId\":false}")) {
            Reply reply = server.post("/api/v1/posts", body, alice).expect(400);

            assertThat(reply.code()).as(body).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).as(body).containsExactlyInAnyOrder("text", "mediaIds", "groupId");
        }
    }

    @Test
    void unknown_fields_in_a_post_or_comment_are_named() {
        String post = server.publish(alice, "hi");

        assertThat(server.post("/api/v1/posts", "{\"text\":\"a\",\"visibility\":\"public\"}", alice).expect(400)
                .errorFields()).containsExactly("visibility");
        assertThat(server.post("/api/v1/posts/" + post + "/comments", "{\"text\":\"a\",\"postId\":\"x\"}", alice)
                .expect(400).errorFields()).containsExactly("postId");
    }

    @Test
    void a_post_is_deleted_by_its_author_alone_and_takes_its_comments_and_likes_along() {
        String post = server.publish(alice, "mine");
        server.comment(bob, post, "nice");
        server.call("POST", "/api/v1/posts/" + post + "/like", bob).expect(200);

        Reply notYours = server.call("DELETE", "/api/v1/posts/" + post, bob).expect(403);
        server.call("DELETE", "/api/v1/posts/" + post, alice).expect(204);

        assertThat(notYours.code()).isEqualTo("forbidden");
        assertThat(notYours.header("Content-Type")).startsWith("application/problem+json");
        for (String path : List.of("", "/comments", "/likes")) {
            assertThat(server.get("/api/v1/posts/" + post + path, alice).expect(404).code()).isEqualTo("not_found");
        }
        server.call("DELETE", "/api/v1/posts/" + post, alice).expect(404);
        assertThat(server.get("/api/v1/users/alice", alice).expect(200).json().get("postsCount").asLong()).isZero();
    }

    @Test
    void liking_and_unliking_are_idempotent_and_answer_the_count_and_my_like() {
        String post = server.publish(alice, "like me");
        String carol = server.accessToken("carol");
        String like = "/api/v1/posts/" + post + "/like";

        JsonNode liked = server.call("POST", like, bob).expect(200).json();
        JsonNode again = server.call("POST", like, bob).expect(200).json();
        JsonNode second = server.call("POST", like, carol).expect(200).json();
        JsonNode unliked = server.call("DELETE", like, bob).expect(200).json();
        JsonNode unlikedAgain = server.call("DELETE", like, bob).expect(200).json();

        assertThat(fieldNames(liked)).containsExactly("likesCount", "likedByMe");
        assertThat(liked.toString()).isEqualTo("{\"likesCount\":1,\"likedByMe\":true}");
        assertThat(again).isEqualTo(liked);
        assertThat(second.toString()).isEqualTo("{\"likesCount\":2,\"likedByMe\":true}");
        assertThat(unliked.toString()).isEqualTo("{\"likesCount\":1,\"likedByMe\":false}");
        assertThat(unlikedAgain).isEqualTo(unliked);
        JsonNode seenByCarol = server.get("/api/v1/posts/" + post, carol).expect(200).json();
        assertThat(seenByCarol.get("likesCount").asLong()).isEqualTo(1);
        assertThat(seenByCarol.get("likedByMe").asBoolean()).isTrue();
        assertThat(server.get("/api/v1/posts/" + post, bob).expect(200).json().get("likedByMe").asBoolean()).isFalse();
    }

    @Test
    void the_likes_of_a_post_are_profiles_newest_first() {
        String post = server.publish(alice, "like me");
        String carol = server.accessToken("carol");
        server.call("POST", "/api/v1/posts/" + post + "/like", bob).expect(200);
        server.call("POST", "/api/v1/posts/" + post + "/like", carol).expect(200);

        JsonNode page = server.get("/api/v1/posts/" + post + "/likes", alice).expect(200).json();

        assertThat(fieldNames(page)).containsExactly("items", "nextCursor");
        assertThat(usernames(page)).containsExactly("carol", "bob");
        assertThat(fieldNames(page.get("items").get(0))).containsExactly("id", "username", "displayName", "avatarUrl");
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void a_comment_answers_201_and_replies_go_one_level_deep() {
        String post = server.publish(alice, "talk to me");

        JsonNode comment = server.post("/api/v1/posts/" + post + "/comments", "{\"text\":\"first!\"}", bob)
                .expect(201).json();
        String commentId = comment.get("id").asText();
        JsonNode reply = server.post("/api/v1/posts/" + post + "/comments",
                "{\"text\":\"thanks\",\"parentId\":\"" + commentId + "\"}", alice).expect(201).json();
        Reply replyToReply = server.post("/api/v1/posts/" + post + "/comments",
                "{\"text\":\"deeper\",\"parentId\":\"" + reply.get("id").asText() + "\"}", bob).expect(400);

        assertThat(fieldNames(comment)).containsExactly("id", "postId", "parentId", "author", "text", "createdAt");
        assertThat(comment.get("postId").asText()).isEqualTo(post);
        assertThat(comment.get("parentId").isNull()).isTrue();
        assertThat(comment.get("author").get("username").asText()).isEqualTo("bob");
        assertThat(fieldNames(comment.get("author"))).containsExactly("id", "username", "displayName", "avatarUrl");
        assertThat(comment.get("text").asText()).isEqualTo("first!");
        assertThat(comment.get("createdAt").asText()).isEqualTo("2026-11-23T18:00:00Z");
        assertThat(reply.get("parentId").asText()).isEqualTo(commentId);
        assertThat(replyToReply.code()).isEqualTo("reply_to_reply");
        assertThat(replyToReply.errorFields()).containsExactly("parentId");
        JsonNode comments = server.get("/api/v1/posts/" + post + "/comments", alice).expect(200).json();
        assertThat(ids(comments)).containsExactly(commentId, reply.get("id").asText());
        assertThat(comments.get("items").get(0)).isEqualTo(comment);
        assertThat(server.get("/api/v1/posts/" + post, alice).expect(200).json().get("commentsCount").asLong())
                .isEqualTo(2);
    }

    @Test
    void a_comment_needs_text_of_at_most_2000_code_points_and_a_parent_of_the_same_post() {
        String post = server.publish(alice, "talk to me");
        String other = server.publish(alice, "elsewhere");
        String otherComment = server.comment(bob, other, "over here");
        String comments = "/api/v1/posts/" + post + "/comments";

        assertThat(server.post(comments, "{}", bob).expect(400).errorFields()).containsExactly("text");
        assertThat(server.post(comments, "{\"text\":\"\"}", bob).expect(400).errorFields()).containsExactly("text");
        assertThat(server.post(comments, "{\"text\":" + quoted("b".repeat(2001)) + "}", bob).expect(400)
                .errorFields()).containsExactly("text");
        assertThat(server.post(comments, "{\"text\":5,\"parentId\":6}", bob).expect(400).errorFields())
                .containsExactlyInAnyOrder("text", "parentId");
        assertThat(server.post(comments, "{\"text\":\"a\",\"parentId\":\"" + otherComment + "\"}", bob).expect(400)
                .errorFields()).containsExactly("parentId");
        assertThat(server.post(comments, "{\"text\":\"a\",\"parentId\":\"not-an-id\"}", bob).expect(400)
                .errorFields()).containsExactly("parentId");
        server.post(comments, "{\"text\":" + quoted("🦊".repeat(2000)) + ",\"parentId\":null}", bob).expect(201);
    }

    @Test
    void a_comment_is_deleted_by_its_author_or_the_posts_author_and_nobody_else() {
        String post = server.publish(alice, "talk to me");
        String carol = server.accessToken("carol");
        String byBob = server.comment(bob, post, "bob's");
        String another = server.comment(bob, post, "bob's second");
        String reply = server.post("/api/v1/posts/" + post + "/comments",
                "{\"text\":\"carol's reply\",\"parentId\":\"" + byBob + "\"}", carol).expect(201).json().get("id").asText();

        assertThat(server.call("DELETE", "/api/v1/comments/" + byBob, carol).expect(403).code()).isEqualTo("forbidden");
        server.call("DELETE", "/api/v1/comments/" + byBob, bob).expect(204);
        server.call("DELETE", "/api/v1/comments/" + another, alice).expect(204);

        assertThat(server.call("DELETE", "/api/v1/comments/" + byBob, bob).expect(404).code()).isEqualTo("not_found");
        server.call("DELETE", "/api/v1/comments/" + reply, carol).expect(404);
        assertThat(server.get("/api/v1/posts/" + post + "/comments", alice).expect(200).json().get("items")).isEmpty();
    }

    @Test
    void unknown_and_malformed_ids_are_404_everywhere() {
        for (String id : List.of(UNKNOWN_POST, "nope", "01900000-0000-7000-8000-00000000000Z", "1")) {
            String post = "/api/v1/posts/" + id;
            assertThat(server.get(post, alice).expect(404).code()).isEqualTo("not_found");
            server.call("DELETE", post, alice).expect(404);
            server.call("POST", post + "/like", alice).expect(404);
            server.call("DELETE", post + "/like", alice).expect(404);
            server.get(post + "/likes", alice).expect(404);
            server.get(post + "/comments", alice).expect(404);
            server.post(post + "/comments", "{\"text\":\"hello?\"}", alice).expect(404);
            server.call("DELETE", "/api/v1/comments/" + id, alice).expect(404);
        }
    }

    @Test
    void the_home_timeline_holds_my_posts_and_those_i_follow_newest_first() {
        String carol = server.accessToken("carol");
        String mine = server.publish(alice, "mine");
        String bobs = server.publish(bob, "bob's");
        server.publish(carol, "carol's, unfollowed");
        server.follow(alice, "bob");
        String newest = server.publish(bob, "bob's newest");

        JsonNode home = server.get("/api/v1/timelines/home", alice).expect(200).json();

        assertThat(fieldNames(home)).containsExactly("items", "nextCursor");
        assertThat(ids(home)).containsExactly(newest, bobs, mine);
        assertThat(home.get("items").get(0).get("author").get("username").asText()).isEqualTo("bob");
        server.call("DELETE", "/api/v1/users/bob/follow", alice).expect(204);
        assertThat(ids(server.get("/api/v1/timelines/home", alice).expect(200).json())).containsExactly(mine);
    }

    @Test
    void an_accounts_posts_are_newest_first_and_an_unknown_account_is_404() {
        String first = server.publish(alice, "one");
        String second = server.publish(alice, "two");
        server.publish(bob, "not alice's");

        JsonNode posts = server.get("/api/v1/users/ALICE/posts", bob).expect(200).json();

        assertThat(ids(posts)).containsExactly(second, first);
        assertThat(posts.get("nextCursor").isNull()).isTrue();
        assertThat(server.get("/api/v1/users/nobody/posts", bob).expect(404).code()).isEqualTo("not_found");
    }

    @Test
    void every_content_route_refuses_an_anonymous_caller_before_reading_anything() {
        String post = server.publish(alice, "hi");
        String comment = server.comment(bob, post, "hey");
        List<String[]> routes = List.of(
                new String[]{"POST", "/api/v1/posts"}, new String[]{"GET", "/api/v1/posts/" + post},
                new String[]{"DELETE", "/api/v1/posts/" + post}, new String[]{"POST", "/api/v1/posts/" + post + "/like"},
                new String[]{"DELETE", "/api/v1/posts/" + post + "/like"},
                new String[]{"GET", "/api/v1/posts/" + post + "/likes"},
                new String[]{"POST", "/api/v1/posts/" + post + "/comments"},
                new String[]{"GET", "/api/v1/posts/" + post + "/comments"},
                new String[]{"DELETE", "/api/v1/comments/" + comment}, new String[]{"GET", "/api/v1/timelines/home"},
                new String[]{"GET", "/api/v1/users/alice/posts"}, new String[]{"GET", "/api/v1/posts/" + post + "?limit=x"});
        for (String[] route : routes) {
            Reply reply = server.send(server.json(route[1], route[0], "{\"bad\":", null));

            assertThat(reply.status()).as(route[0] + " " + route[1]).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("invalid_token");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
        server.get("/api/v1/posts/" + post, alice).expect(200);
    }
}
