package dev.kith.adapter.javalin;

import dev.kith.application.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.adapter.inmemory.InMemoryKith;
import dev.kith.application.shared.port.Mail;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server on a free port over an in-memory core, with a small HTTP client for the tests. */
public final class TestServer implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-23T18:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN_LINE = Pattern.compile("POST /api/v1/[a-z/-]+:\\s+([A-Za-z0-9_-]{16,128})");

    public final MutableClock clock;
    public final InMemoryKith core;
    public final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    public final KithHttpServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestServer() {
        this(HttpSettings.defaults().withRateLimits(RateLimitSettings.off()), Map.of());
    }

    public TestServer(HttpSettings settings, Map<String, ReadinessCheck> checks) {
        this(START, InMemoryKith::create, settings, checks);
    }

    /** A server over the core {@code core} builds on a clock that starts at {@code start}. */
    public TestServer(Instant start, Function<MutableClock, InMemoryKith> core, HttpSettings settings,
                      Map<String, ReadinessCheck> checks) {
        this.clock = new MutableClock(start);
        this.core = core.apply(clock);
        server = new KithHttpServer(this.core.kith(), settings, checks, registry).start("127.0.0.1", 0);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    public Reply post(String path, String json) {
        return send(json(path, "POST", json, null));
    }

    public Reply post(String path, String json, String token) {
        return send(json(path, "POST", json, token));
    }

    public Reply patch(String path, String json, String token) {
        return send(json(path, "PATCH", json, token));
    }

    public Reply delete(String path, String json, String token) {
        return send(json(path, "DELETE", json, token));
    }

    public HttpRequest json(String path, String method, String json, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    /** The token from the newest mail to {@code email} with a subject containing {@code subjectWord}. */
    public String mailedToken(String email, String subjectWord) {
        core.deliverMail();
        List<Mail> mails = core.sentMail();
        for (int i = mails.size() - 1; i >= 0; i--) {
            Mail mail = mails.get(i);
            if (mail.to().equals(email) && mail.subject().contains(subjectWord)) {
                Matcher matcher = TOKEN_LINE.matcher(mail.body().replace("\n\n", " "));
                if (matcher.find()) {
                    return matcher.group(1);
                }
                throw new AssertionError("no token in mail: " + mail.body());
            }
        }
        throw new AssertionError("no mail to " + email + " about " + subjectWord);
    }

    public int mailCount() {
        core.deliverMail();
        return core.sentMail().size();
    }

    /** Registers, verifies and logs in; returns the token response. */
    public JsonNode signUp(String username) {
        String email = username + "@example.com";
        Reply registered = post("/api/v1/auth/register",
                "{\"username\":\"" + username + "\",\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}");
        registered.expect(201);
        post("/api/v1/auth/verify-email", "{\"token\":\"" + mailedToken(email, "Confirm") + "\"}").expect(200);
        return post("/api/v1/auth/login", "{\"login\":\"" + username + "\",\"password\":\"correct horse battery\"}")
                .expect(200).json();
    }

    public String accessToken(String username) {
        return signUp(username).get("accessToken").asText();
    }

    /** A request without a body; {@code token} may be null for an anonymous caller. */
    public Reply call(String method, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    /** Makes the account of {@code token} private. */
    public void makePrivate(String token) {
        patch("/api/v1/me", "{\"private\":true}", token).expect(200);
    }

    /** Follows {@code username}; returns the state, {@code following} or {@code requested}. */
    public String follow(String token, String username) {
        return call("POST", "/api/v1/users/" + username + "/follow", token).expect(200).json().get("state").asText();
    }

    /** Accepts the pending request of {@code username}. */
    public void accept(String token, String username) {
        call("POST", "/api/v1/me/follow-requests/" + username + "/accept", token).expect(204);
    }

    /** Blocks {@code username}. */
    public void block(String token, String username) {
        call("POST", "/api/v1/users/" + username + "/block", token).expect(204);
    }

    /** Publishes a post; returns its id. */
    public String publish(String token, String text) {
        return post("/api/v1/posts", "{\"text\":" + quoted(text) + "}", token).expect(201).json().get("id").asText();
    }

    /** Comments on a post; returns the comment's id. */
    public String comment(String token, String postId, String text) {
        return post("/api/v1/posts/" + postId + "/comments", "{\"text\":" + quoted(text) + "}", token).expect(201)
                .json().get("id").asText();
    }

    /** The names of an object's fields, in the order the server wrote them. */
    public static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The {@code id} of every item of a page, in order. */
    public static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** The {@code username} of every account of a page, in order. */
    public static List<String> usernames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("username").asText()));
        return names;
    }

    /** {@code text} as a JSON string literal. */
    public static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    /** One response. */
    public record Reply(int status, Map<String, List<String>> headers, byte[] bytes) {

        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body(), e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body());
            }
            if (status == 204 && (header("Content-Type") != null || bytes.length > 0)) {
                // every 204 the tests see is checked: no content has no type
                throw new AssertionError("a 204 with Content-Type " + header("Content-Type") + " and " + bytes.length + " bytes");
            }
            return this;
        }

        public String code() {
            return json().path("code").asText();
        }

        /** The fields a 400 names in {@code errors}, in order. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.get("field").asText()));
            return fields;
        }
    }
}
