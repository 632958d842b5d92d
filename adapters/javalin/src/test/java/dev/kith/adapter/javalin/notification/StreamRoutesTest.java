package dev.kith.adapter.javalin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.HttpSettings;
import dev.kith.adapter.javalin.RateLimitSettings;
import dev.kith.adapter.javalin.StreamSettings;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.application.account.Authenticate;
import dev.kith.application.content.PublishPost;
import dev.kith.application.notification.Streams;
import dev.kith.application.shared.Actor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code /api/v1/stream} with a real WebSocket client against a started server over the in-memory core. */
class StreamRoutesTest {

    private static final StreamSettings FAST = StreamSettings.defaults()
            .withAuthTimeout(Duration.ofMillis(500))
            .withRecheckInterval(Duration.ofMillis(200));

    private TestServer server;
    private final List<AutoCloseable> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        server = started(FAST);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
        server.close();
    }

    @Test
    void authenticates_by_the_query_and_opens_the_stream() {
        String alice = server.accessToken("alice");

        StreamClient stream = open("access_token=" + alice);

        assertThat(stream.isClosed()).isFalse();
        assertThat(server.core.kith().notifications().streams().openStreams()).isEqualTo(1);
    }

    @Test
    void authenticates_by_a_first_auth_message() {
        String alice = server.accessToken("alice");
        StreamClient stream = connect("");

        stream.send("{\"type\":\"auth\",\"token\":\"" + alice + "\"}");

        assertThat(stream.next().get("type").asText()).isEqualTo("ready");
        String bob = server.accessToken("bob");
        like(bob, server.publish(bob, "hello"));  // bob liking his own post tells alice nothing
        stream.send("{\"type\":\"anything else\"}");
        assertThat(stream.drain(200)).isEmpty();
        assertThat(stream.isClosed()).isFalse();
    }

    @Test
    void a_socket_that_does_not_authenticate_in_time_is_closed_with_4401() {
        StreamClient stream = connect("");

        StreamClient.Closed closed = stream.closed(5);

        assertThat(closed.code()).isEqualTo(4401);
        assertThat(closed.reason()).contains("auth");
    }

    @Test
    void a_bad_token_or_a_wrong_first_message_is_closed_with_4401() {
        assertThat(connect("access_token=not-a-token").closed(5).code()).isEqualTo(4401);

        StreamClient wrongFirst = connect("");
        wrongFirst.send("{\"type\":\"hello\"}");
        assertThat(wrongFirst.closed(5).code()).isEqualTo(4401);

        StreamClient badAuth = connect("");
        badAuth.send("{\"type\":\"auth\",\"token\":\"forged\"}");
        assertThat(badAuth.closed(5).code()).isEqualTo(4401);
    }

    @Test
    void a_since_that_is_not_a_position_is_closed_with_4400() {
        String alice = server.accessToken("alice");

        assertThat(connect("access_token=" + alice + "&since=yesterday").closed(5).code()).isEqualTo(4400);
    }

    @Test
    void a_like_by_another_account_sends_a_notification_then_the_unread_count() {
        String alice = server.accessToken("alice");
        String bob = server.accessToken("bob");
        String post = server.publish(alice, "mine");
        deliver();  // the post reaches alice's own timeline before she connects
        StreamClient stream = open("access_token=" + alice);

        like(bob, post);
        List<JsonNode> events = stream.next(2);

        assertThat(events).extracting(event -> event.get("type").asText()).containsExactly("notification", "unread");
        JsonNode notification = events.get(0).get("notification");
        assertThat(notification.get("type").asText()).isEqualTo("like");
        assertThat(notification.get("postId").asText()).isEqualTo(post);
        assertThat(notification.at("/actor/username").asText()).isEqualTo("bob");
        assertThat(notification.get("read").asBoolean()).isFalse();
        assertThat(TestServer.fieldNames(notification)).isEqualTo(TestServer.fieldNames(
                server.get("/api/v1/notifications", alice).expect(200).json().get("items").get(0)));
        assertThat(events.get(1).get("count").asLong()).isEqualTo(1);
        assertThat(Long.parseLong(events.get(1).get("id").asText())).isGreaterThan(Long.parseLong(events.get(0).get("id").asText()));
    }

    @Test
    void a_post_by_a_followed_account_arrives_as_a_post_event() {
        String alice = server.accessToken("alice");
        String bob = server.accessToken("bob");
        server.follow(alice, "bob");
        StreamClient stream = open("access_token=" + alice);

        String post = server.publish(bob, "fresh");
        deliver();
        JsonNode event = stream.next();

        assertThat(event.get("type").asText()).isEqualTo("post");
        assertThat(event.get("id").asText()).matches("[0-9]+");
        assertThat(event.at("/post/id").asText()).isEqualTo(post);
        assertThat(event.at("/post/text").asText()).isEqualTo("fresh");
        assertThat(TestServer.fieldNames(event.get("post"))).isEqualTo(TestServer.fieldNames(
                server.get("/api/v1/posts/" + post, alice).expect(200).json()));
    }

    @Test
    void reconnecting_with_since_gets_exactly_the_missed_events_in_order_then_live_ones() {
        String alice = server.accessToken("alice");
        String bob = server.accessToken("bob");
        List<String> posts = List.of(server.publish(alice, "1"), server.publish(alice, "2"),
                server.publish(alice, "3"), server.publish(alice, "4"));
        deliver();
        StreamClient first = open("access_token=" + alice);
        like(bob, posts.get(0));
        String last = first.next(2).get(1).get("id").asText();
        first.close();

        like(bob, posts.get(1));
        like(bob, posts.get(2));
        StreamClient again = connect("access_token=" + alice + "&since=" + last);
        List<JsonNode> missed = new ArrayList<>(again.untilReady());
        like(bob, posts.get(3));
        List<JsonNode> live = again.next(2);

        assertThat(missed).extracting(event -> event.get("type").asText())
                .containsExactly("notification", "unread", "notification", "unread");
        assertThat(missed).filteredOn(event -> event.has("notification"))
                .extracting(event -> event.at("/notification/postId").asText()).containsExactly(posts.get(1), posts.get(2));
        assertThat(live.get(0).at("/notification/postId").asText()).isEqualTo(posts.get(3));
        List<JsonNode> all = new ArrayList<>(missed);
        all.addAll(live);
        long previous = Long.parseLong(last);
        for (JsonNode event : all) {
            long id = Long.parseLong(event.get("id").asText());
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
        assertThat(again.drain(200)).isEmpty();
    }

    @Test
    void every_socket_of_an_account_gets_every_event() {
        String alice = server.accessToken("alice");
        String bob = server.accessToken("bob");
        String post = server.publish(alice, "mine");
        deliver();
        StreamClient phone = open("access_token=" + alice);
        StreamClient laptop = open("access_token=" + alice);

        like(bob, post);

        List<JsonNode> onPhone = phone.next(2);
        assertThat(laptop.next(2)).isEqualTo(onPhone);
    }

    @Test
    void a_blocked_accounts_posts_stop_arriving_at_once() {
        String alice = server.accessToken("alice");
        String bob = server.accessToken("bob");
        String carol = server.accessToken("carol");
        server.follow(alice, "bob");
        server.follow(alice, "carol");
        StreamClient stream = open("access_token=" + alice);
        server.publish(bob, "before");
        deliver();
        assertThat(stream.next().at("/post/text").asText()).isEqualTo("before");

        server.block(alice, "bob");
        server.publish(bob, "after");
        server.publish(carol, "carol's");
        deliver();

        assertThat(stream.drain(300)).filteredOn(event -> event.get("type").asText().equals("post"))
                .extracting(event -> event.at("/post/text").asText()).containsExactly("carol's");
    }

    @Test
    void logging_out_closes_the_socket_within_the_recheck_interval() {
        JsonNode login = server.signUp("alice");
        StreamClient stream = open("access_token=" + login.get("accessToken").asText());

        server.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + login.get("refreshToken").asText() + "\"}",
                login.get("accessToken").asText()).expect(204);

        StreamClient.Closed closed = stream.closed(3);
        assertThat(closed.code()).isEqualTo(4401);
        assertThat(server.core.kith().notifications().streams().openStreams()).isZero();
    }

    @Test
    void a_since_older_than_the_retention_is_told_to_refetch() {
        String alice = server.accessToken("alice");
        String bob = server.accessToken("bob");
        String post = server.publish(alice, "mine");
        deliver();
        StreamClient first = open("access_token=" + alice);
        like(bob, post);
        String last = first.next(2).get(1).get("id").asText();
        first.close();
        server.comment(bob, post, "missed");
        deliver();

        server.clock.advance(Duration.ofHours(25));
        server.core.kith().notifications().purgeStreamLog().execute();
        String fresh = server.post("/api/v1/auth/login", "{\"login\":\"alice\",\"password\":\"correct horse battery\"}")
                .expect(200).json().get("accessToken").asText();
        StreamClient again = connect("access_token=" + fresh + "&since=" + last);

        assertThat(again.next().get("type").asText()).isEqualTo("refetch");
        assertThat(again.closed(5).code()).isEqualTo(4009);
    }

    @Test
    void a_client_that_does_not_read_is_dropped_as_too_slow_and_the_others_go_on() throws Exception {
        server.close();
        server = started(FAST.withQueueCapacity(16));
        String alice = server.accessToken("alice");
        String bob = server.accessToken("bob");
        server.follow(alice, "bob");
        StreamClient reader = open("access_token=" + alice);
        RawStreamSocket stalled = new RawStreamSocket(server.server.port(), "access_token=" + alice);
        clients.add(stalled);
        Streams streams = server.core.kith().notifications().streams();
        await().until(() -> streams.openStreams() == 2);
        Actor bobActor = server.core.kith().accounts().authenticate().execute(Actor.anonymous(), new Authenticate.Command(bob));
        String text = "x".repeat(5_000);

        int published = 0;
        for (int round = 0; round < 200 && streams.openStreams() == 2; round++) {
            for (int i = 0; i < 10; i++) {
                server.core.kith().content().publishPost().execute(bobActor, new PublishPost.Command(text, List.of(), Optional.empty()));
                published++;
            }
            deliver();
            assertThat(reader.next(10)).allMatch(event -> event.get("type").asText().equals("post"));
        }

        assertThat(streams.openStreams()).as("the stalled socket's stream ended").isEqualTo(1);
        assertThat(stalled.readUntilClose()).isEqualTo(4008);
        server.publish(bob, "still here");
        deliver();
        assertThat(reader.next().at("/post/text").asText()).isEqualTo("still here");
        assertThat(reader.isClosed()).isFalse();
        assertThat(published).isGreaterThan(16);
    }

    @Test
    void the_access_token_in_the_query_never_reaches_a_log_line() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger kith = (Logger) LoggerFactory.getLogger("dev.kith");
        Level before = kith.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        kith.setLevel(Level.DEBUG);
        try {
            String alice = server.accessToken("alice");
            open("access_token=" + alice).close();
            connect("access_token=" + alice + "&since=nonsense").closed(5);
            connect("access_token=" + alice + "x").closed(5);
            server.get("/api/v1/stream?access_token=" + alice).expect(426);

            assertThat(appender.list).allSatisfy(event -> {
                assertThat(event.getFormattedMessage()).doesNotContain(alice);
                if (event.getThrowableProxy() != null && event.getThrowableProxy().getMessage() != null) {
                    assertThat(event.getThrowableProxy().getMessage()).doesNotContain(alice);
                }
            });
        } finally {
            root.detachAppender(appender);
            kith.setLevel(before);
        }
    }

    @Test
    void every_socket_is_pinged_with_ping_frames_and_no_text() {
        server.close();
        server = started(FAST.withPingInterval(Duration.ofMillis(100)));
        StreamClient stream = open("access_token=" + server.accessToken("alice"));

        await().atMost(Duration.ofSeconds(5)).until(() -> stream.pings() >= 3);
        assertThat(stream.drain(0)).isEmpty();
        assertThat(stream.isClosed()).isFalse();
    }

    @Test
    void a_plain_get_is_told_to_upgrade() {
        TestServer.Reply reply = server.get("/api/v1/stream");

        reply.expect(426);
        assertThat(reply.code()).isEqualTo("upgrade_required");
        assertThat(reply.header("Upgrade")).isEqualTo("websocket");
    }

    @Test
    void stopping_the_server_closes_the_streams_with_1001() {
        String alice = server.accessToken("alice");
        StreamClient stream = open("access_token=" + alice);

        server.close();

        assertThat(stream.closed(5).code()).isEqualTo(1001);
        server = started(FAST);  // for the clean-up
    }

    private TestServer started(StreamSettings stream) {
        TestServer started = new TestServer(HttpSettings.defaults().withRateLimits(RateLimitSettings.off()).withStream(stream), Map.of());
        started.core.kith().notifications().streams().deliverNew();  // a node's first call notes where the log stands
        return started;
    }

    private StreamClient connect(String query) {
        StreamClient client = StreamClient.connect(server, query);
        clients.add(client);
        return client;
    }

    /** Connects and waits until the stream is open; what it caught up with is dropped. */
    private StreamClient open(String query) {
        StreamClient client = connect(query);
        client.untilReady();
        return client;
    }

    /** The relay writes notifications and the stream log; then this node delivers what is new. */
    private void deliver() {
        server.core.deliverMail();
        server.core.kith().notifications().streams().deliverNew();
    }

    private void like(String token, String post) {
        server.call("POST", "/api/v1/posts/" + post + "/like", token).expect(200);
        deliver();
    }
}
