package dev.kith.adapter.javalin;

import static dev.kith.adapter.javalin.TestServer.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The keyset pagination every list shares, proven on the home timeline (newest first), an account's
 * followers (newest follow first) and a post's comments (oldest first).
 */
class PaginationTest {

    private final TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    /** A list under test: where it is, who reads it, and its items' ids in the order the list promises. */
    record Filled(String path, String token, List<String> expected) {
    }

    /** Fills a list of one kind with {@code n} items. */
    interface Listing {
        Filled fill(TestServer server, int n);
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("home timeline", (Listing) PaginationTest::homeTimeline),
                Arguments.of("followers", (Listing) PaginationTest::followers),
                Arguments.of("comments", (Listing) PaginationTest::comments));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void an_empty_list_is_an_empty_page_without_a_next_cursor(String name, Listing listing) {
        Filled list = listing.fill(server, 0);

        Reply reply = server.get(list.path(), list.token()).expect(200);

        assertThat(reply.body()).isEqualTo("{\"items\":[],\"nextCursor\":null}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void a_page_exactly_as_long_as_the_list_is_the_last_page(String name, Listing listing) {
        Filled list = listing.fill(server, 3);

        JsonNode page = page(list, 3, null);

        assertThat(ids(page)).containsExactlyElementsOf(list.expected());
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void one_item_more_than_the_limit_makes_a_last_page_of_one(String name, Listing listing) {
        Filled list = listing.fill(server, 4);

        JsonNode first = page(list, 3, null);
        JsonNode last = page(list, 3, first.get("nextCursor").asText());

        assertThat(ids(first)).containsExactlyElementsOf(list.expected().subList(0, 3));
        assertThat(first.get("nextCursor").isTextual()).isTrue();
        assertThat(ids(last)).containsExactly(list.expected().get(3));
        assertThat(last.get("nextCursor").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void walking_every_page_with_the_cursor_returns_each_item_once_in_order(String name, Listing listing) {
        Filled list = listing.fill(server, 7);
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = page(list, 2, cursor);
            seen.addAll(ids(page));
            sizes.add(page.get("items").size());
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null && sizes.size() < 10);

        assertThat(seen).containsExactlyElementsOf(list.expected());
        assertThat(sizes).containsExactly(2, 2, 2, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void the_default_limit_is_20_and_100_is_allowed(String name, Listing listing) {
        Filled list = listing.fill(server, 21);

        JsonNode byDefault = server.get(list.path(), list.token()).expect(200).json();
        JsonNode largest = page(list, 100, null);

        assertThat(ids(byDefault)).containsExactlyElementsOf(list.expected().subList(0, 20));
        assertThat(byDefault.get("nextCursor").isTextual()).isTrue();
        assertThat(ids(largest)).containsExactlyElementsOf(list.expected());
        assertThat(largest.get("nextCursor").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void a_cursor_this_list_did_not_return_is_400_naming_cursor(String name, Listing listing) {
        Filled list = listing.fill(server, 2);
        List<String> cursors = List.of("garbage!", "abc", "%%%", base64("s1:alice"), base64("u1:not-a-uuid"),
                base64("u1:" + "0".repeat(300)), base64("x1:01900000-0000-7000-8000-000000000000"), "====");

        for (String cursor : cursors) {
            Reply reply = server.get(list.path() + separator(list) + "cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8), list.token());

            assertThat(reply.status()).as(cursor + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).containsExactly("cursor");
        }
        assertThat(ids(server.get(list.path() + separator(list) + "cursor=", list.token()).expect(200).json()))
                .as("an empty cursor is the first page").containsExactlyElementsOf(list.expected());
    }

    @Test
    void a_cursor_of_another_list_is_400_naming_cursor() {
        Filled followers = followers(server, 3);
        String cursor = page(followers, 1, null).get("nextCursor").asText();
        String post = server.publish(followers.token(), "a post of the owner");
        server.comment(followers.token(), post, "first");
        server.comment(followers.token(), post, "second");

        for (String other : List.of("/api/v1/posts/" + post + "/comments", "/api/v1/posts/" + post + "/likes",
                "/api/v1/users/owner/following", "/api/v1/users/follower0/followers", "/api/v1/users/owner/posts",
                "/api/v1/timelines/home", "/api/v1/users?q=follower")) {
            Reply reply = server.get(other + (other.contains("?") ? "&" : "?") + "cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8), followers.token());

            assertThat(reply.status()).as(other + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).containsExactly("cursor");
        }
        assertThat(ids(page(followers, 1, cursor))).containsExactly(followers.expected().get(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void a_limit_outside_1_to_100_or_not_a_whole_number_is_400_naming_limit(String name, Listing listing) {
        Filled list = listing.fill(server, 1);

        for (String limit : List.of("101", "0", "-1", "abc", "1.5", "", "1e2", "99999999999", "%20")) {
            Reply reply = server.get(list.path() + separator(list) + "limit=" + limit, list.token());

            assertThat(reply.status()).as(limit + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).containsExactly("limit");
        }
    }

    private JsonNode page(Filled list, int limit, String cursor) {
        String query = "limit=" + limit + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return server.get(list.path() + separator(list) + query, list.token()).expect(200).json();
    }

    private static String separator(Filled list) {
        return list.path().contains("?") ? "&" : "?";
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts by the reader and by an account it follows, interleaved; a stranger's posts stay out. */
    private static Filled homeTimeline(TestServer server, int n) {
        String reader = server.accessToken("reader");
        String friend = server.accessToken("friend");
        String stranger = server.accessToken("stranger");
        server.follow(reader, "friend");
        server.publish(stranger, "not on the reader's timeline");
        List<String> published = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            published.add(server.publish(i % 2 == 0 ? reader : friend, "post " + i));
        }
        Collections.reverse(published);
        return new Filled("/api/v1/timelines/home", reader, published);
    }

    /** Accounts following the owner, one after the other; the list is newest follow first. */
    private static Filled followers(TestServer server, int n) {
        String owner = server.accessToken("owner");
        List<String> followers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String token = server.accessToken("follower" + i);
            server.follow(token, "owner");
            followers.add(server.get("/api/v1/me", token).expect(200).json().get("id").asText());
        }
        Collections.reverse(followers);
        return new Filled("/api/v1/users/owner/followers", owner, followers);
    }

    /** Comments and replies on one post by two accounts; the list is oldest first. */
    private static Filled comments(TestServer server, int n) {
        String author = server.accessToken("author");
        String reader = server.accessToken("reader");
        String post = server.publish(author, "comment on this");
        server.comment(reader, server.publish(author, "another post"), "not on this post");
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            comments.add(server.comment(i % 2 == 0 ? reader : author, post, "comment " + i));
        }
        return new Filled("/api/v1/posts/" + post + "/comments", reader, comments);
    }
}
