package dev.kith.adapter.javalin.story;

import static dev.kith.adapter.javalin.TestServer.fieldNames;
import static dev.kith.adapter.javalin.TestServer.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.inmemory.InMemoryKith;
import dev.kith.adapter.javalin.HttpSettings;
import dev.kith.adapter.javalin.KithHttpServer;
import dev.kith.adapter.javalin.RateLimitSettings;
import dev.kith.adapter.javalin.TestServer.Reply;
import dev.kith.adapter.media.ImageIoMediaProcessor;
import dev.kith.application.Kith;
import dev.kith.application.account.Authenticate;
import dev.kith.application.account.LogIn;
import dev.kith.application.account.RegisterAccount;
import dev.kith.application.account.VerifyEmail;
import dev.kith.application.media.UploadMedia;
import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.shared.Actor;
import dev.kith.application.testing.MutableClock;
import dev.kith.application.testing.TestMedia;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The story endpoints, over HTTP, on a server over an in-memory core that processes real images. */
class StoryRoutesTest {

    private static final Pattern MAILED_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final Pattern LINK_EXPIRES = Pattern.compile("[?&]expires=(\\d+)");
    private static final byte[] IMAGE = TestMedia.jpeg(64, 48);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryKith core = InMemoryKith.builder(clock)
            .override(MediaProcessor.class, ImageIoMediaProcessor.withDefaults())
            .build();
    private final Kith kith = core.kith();
    private final KithHttpServer server = new KithHttpServer(kith, HttpSettings.defaults().withRateLimits(RateLimitSettings.off()),
            Map.of(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).start("127.0.0.1", 0);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String alice;
    private String bob;
    private String stranger;

    @BeforeEach
    void signUp() {
        alice = member("alice");
        bob = member("bob");
        stranger = member("stranger");
        send("POST", "/api/v1/users/alice/follow", null, bob).expect(200);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String member(String username) {
        kith.accounts().register().execute(Actor.anonymous(),
                new RegisterAccount.Command(username, username + "@example.com", "password of " + username));
        core.deliverMail();
        Matcher matcher = MAILED_TOKEN.matcher(core.sentMail().get(core.sentMail().size() - 1).body());
        assertThat(matcher.find()).isTrue();
        kith.accounts().verifyEmail().execute(Actor.anonymous(), new VerifyEmail.Command(matcher.group(1)));
        return logIn(username);
    }

    // access tokens expire after 15 minutes: tests that move the clock by hours log in again
    private String logIn(String username) {
        return kith.accounts().logIn().execute(Actor.anonymous(), new LogIn.Command(username, "password of " + username))
                .accessToken();
    }

    private String upload(String token) {
        Actor actor = kith.accounts().authenticate().execute(Actor.anonymous(), new Authenticate.Command(token));
        return kith.media().upload().execute(actor, new UploadMedia.Command(new ByteArrayInputStream(IMAGE), Optional.empty()))
                .id().toString();
    }

    private Reply send(String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String token) {
        return send("POST", "/api/v1/stories", "{\"mediaId\":\"" + upload(token) + "\"}", token).expect(201).json();
    }

    private static long linkExpiry(JsonNode media, String field) {
        Matcher matcher = LINK_EXPIRES.matcher(media.get(field).asText());
        assertThat(matcher.find()).as(media.get(field).asText()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void posting_a_story_answers_201_with_the_story_its_expiry_and_its_location() {
        String media = upload(alice);

        Reply posted = send("POST", "/api/v1/stories", "{\"mediaId\":\"" + media + "\",\"caption\":\"At the lake\"}", alice)
                .expect(201);

        JsonNode story = posted.json();
        assertThat(fieldNames(story)).containsExactly("id", "author", "media", "caption", "createdAt", "expiresAt", "seen");
        assertThat(fieldNames(story.get("author"))).containsExactly("id", "username", "displayName", "avatarUrl");
        assertThat(story.get("author").get("username").asText()).isEqualTo("alice");
        assertThat(story.get("media").get("id").asText()).isEqualTo(media);
        assertThat(story.get("media").get("type").asText()).isEqualTo("image");
        assertThat(story.get("caption").asText()).isEqualTo("At the lake");
        assertThat(story.get("createdAt").asText()).isEqualTo("2026-11-23T18:00:00Z");
        assertThat(story.get("expiresAt").asText()).isEqualTo("2026-11-24T18:00:00Z");
        assertThat(story.get("seen").asBoolean()).isTrue();
        assertThat(posted.header("Location")).isEqualTo("/api/v1/stories/" + story.get("id").asText());
        assertThat(send("POST", "/api/v1/stories", "{\"mediaId\":\"" + upload(alice) + "\"}", alice).expect(201)
                .json().get("caption").isNull()).isTrue();
    }

    @Test
    void a_story_body_is_validated_and_media_in_use_is_a_conflict() {
        assertThat(send("POST", "/api/v1/stories", "{}", alice).expect(400).errorFields()).containsExactly("mediaId");
        assertThat(send("POST", "/api/v1/stories", "{\"mediaId\":\"" + upload(alice) + "\",\"caption\":"
                + quoted("x".repeat(501)) + "}", alice).expect(400).errorFields()).containsExactly("caption");
        assertThat(send("POST", "/api/v1/stories", "{\"mediaId\":\"" + upload(alice) + "\",\"text\":\"hi\"}", alice)
                .expect(400).code()).isEqualTo("validation_failed");
        assertThat(send("POST", "/api/v1/stories", "{\"mediaId\":\"" + upload(bob) + "\"}", alice).expect(400)
                .errorFields()).containsExactly("mediaId");
        String media = upload(alice);
        send("POST", "/api/v1/stories", "{\"mediaId\":\"" + media + "\"}", alice).expect(201);
        assertThat(send("POST", "/api/v1/stories", "{\"mediaId\":\"" + media + "\"}", alice).expect(409).code())
                .isEqualTo("media_in_use");
        send("POST", "/api/v1/stories", "{\"mediaId\":\"" + upload(alice) + "\"}", null).expect(401);
    }

    @Test
    void a_follower_opens_a_story_and_is_listed_once_while_a_stranger_gets_404() {
        String id = post(alice).get("id").asText();

        assertThat(send("GET", "/api/v1/stories/" + id, null, stranger).expect(404).code()).isEqualTo("not_found");
        JsonNode opened = send("GET", "/api/v1/stories/" + id, null, bob).expect(200).json();
        send("GET", "/api/v1/stories/" + id, null, bob).expect(200);
        send("GET", "/api/v1/stories/" + id, null, alice).expect(200);

        assertThat(opened.get("seen").asBoolean()).isTrue();
        JsonNode viewers = send("GET", "/api/v1/stories/" + id + "/viewers", null, alice).expect(200).json();
        assertThat(fieldNames(viewers)).containsExactly("items", "nextCursor");
        assertThat(viewers.get("items")).hasSize(1);
        assertThat(fieldNames(viewers.get("items").get(0))).containsExactly("account", "viewedAt");
        assertThat(viewers.get("items").get(0).get("account").get("username").asText()).isEqualTo("bob");
        assertThat(viewers.get("items").get(0).get("viewedAt").asText()).isEqualTo("2026-11-23T18:00:00Z");
        assertThat(viewers.get("nextCursor").isNull()).isTrue();
        assertThat(send("GET", "/api/v1/stories/" + id + "/viewers", null, bob).expect(403).code()).isEqualTo("forbidden");
        send("GET", "/api/v1/stories/" + id + "/viewers", null, stranger).expect(404);
        send("GET", "/api/v1/stories/" + id + "/viewers?limit=101", null, alice).expect(400);
        send("GET", "/api/v1/stories/not-an-id", null, alice).expect(404);
    }

    @Test
    void the_feed_groups_stories_by_author_and_tells_what_was_seen() {
        JsonNode first = post(alice);
        clock.advance(Duration.ofMinutes(1));
        JsonNode second = post(alice);
        post(stranger);
        send("GET", "/api/v1/stories/" + first.get("id").asText(), null, bob).expect(200);

        JsonNode feed = send("GET", "/api/v1/stories/feed", null, bob).expect(200).json();

        assertThat(fieldNames(feed)).containsExactly("items");
        assertThat(feed.get("items")).hasSize(1);
        JsonNode group = feed.get("items").get(0);
        assertThat(fieldNames(group)).containsExactly("author", "stories", "allSeen");
        assertThat(group.get("author").get("username").asText()).isEqualTo("alice");
        assertThat(group.get("allSeen").asBoolean()).isFalse();
        assertThat(List.of(group.get("stories").get(0).get("id").asText(), group.get("stories").get(1).get("id").asText()))
                .containsExactly(first.get("id").asText(), second.get("id").asText());
        assertThat(group.get("stories").get(0).get("seen").asBoolean()).isTrue();
        assertThat(group.get("stories").get(1).get("seen").asBoolean()).isFalse();
        assertThat(send("GET", "/api/v1/stories/feed", null, stranger).expect(200).json().get("items").get(0)
                .get("author").get("username").asText()).isEqualTo("stranger");
    }

    @Test
    void only_the_author_deletes_a_story() {
        String id = post(alice).get("id").asText();

        assertThat(send("DELETE", "/api/v1/stories/" + id, null, bob).expect(403).code()).isEqualTo("forbidden");
        send("DELETE", "/api/v1/stories/" + id, null, stranger).expect(404);
        send("DELETE", "/api/v1/stories/" + id, null, alice).expect(204);
        send("DELETE", "/api/v1/stories/" + id, null, alice).expect(404);
        send("GET", "/api/v1/stories/" + id, null, bob).expect(404);
    }

    @Test
    void media_links_never_outlive_the_story_and_an_expired_story_is_404_everywhere() {
        JsonNode story = post(alice);
        String id = story.get("id").asText();
        long expiresAt = Instant.parse(story.get("expiresAt").asText()).getEpochSecond();
        clock.advance(Duration.ofHours(23).plusMinutes(30));
        alice = logIn("alice");
        bob = logIn("bob");

        JsonNode late = send("GET", "/api/v1/stories/" + id, null, bob).expect(200).json();

        assertThat(linkExpiry(late.get("media"), "url")).isEqualTo(expiresAt);
        assertThat(linkExpiry(late.get("media"), "thumbnailUrl")).isEqualTo(expiresAt);
        assertThat(linkExpiry(story.get("media"), "url")).isLessThan(expiresAt);

        clock.advance(Duration.ofMinutes(30));
        alice = logIn("alice");
        bob = logIn("bob");

        send("GET", "/api/v1/stories/" + id, null, bob).expect(404);
        send("GET", "/api/v1/stories/" + id, null, alice).expect(404);
        send("GET", "/api/v1/stories/" + id + "/viewers", null, alice).expect(404);
        send("DELETE", "/api/v1/stories/" + id, null, alice).expect(404);
        assertThat(send("GET", "/api/v1/stories/feed", null, bob).expect(200).json().get("items")).isEmpty();
        assertThat(send("GET", "/api/v1/stories/feed", null, alice).expect(200).json().get("items")).isEmpty();
    }
}
