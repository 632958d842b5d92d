package dev.kith.adapter.javalin.export;

import static dev.kith.adapter.javalin.TestServer.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The export endpoints, over HTTP, on a server over an in-memory core. */
class ExportRoutesTest {

    private final TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_export_is_asked_for_followed_and_downloaded_by_its_owner_alone() throws IOException {
        String alice = server.accessToken("alice");
        String bob = server.accessToken("bob");
        server.publish(alice, "Hello \"world\"");

        JsonNode asked = server.call("POST", "/api/v1/me/exports", alice).expect(202).json();
        assertThat(asked.get("status").asText()).isEqualTo("pending");
        assertThat(asked.get("createdAt").asText()).isEqualTo(TestServer.START.toString());
        String id = asked.get("id").asText();
        assertThat(server.call("POST", "/api/v1/me/exports", alice).expect(202).json().get("id").asText()).isEqualTo(id);
        assertThat(server.get("/api/v1/me/exports/" + id + "/download", alice).expect(404).json().get("code").asText())
                .isEqualTo("not_found");

        server.core.deliverMail();

        JsonNode ready = server.get("/api/v1/me/exports/" + id, alice).expect(200).json();
        assertThat(fieldNames(ready)).containsExactly("id", "status", "createdAt", "readyAt", "expiresAt", "downloadUrl");
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        assertThat(ready.get("expiresAt").asText()).isEqualTo(TestServer.START.plus(Duration.ofDays(7)).toString());
        assertThat(ready.get("downloadUrl").asText()).endsWith("/api/v1/me/exports/" + id + "/download");
        server.get("/api/v1/me/exports/" + id, bob).expect(404);
        server.get("/api/v1/me/exports/" + id + "/download", bob).expect(404);
        server.get("/api/v1/me/exports/not-an-id", alice).expect(404);
        server.get("/api/v1/me/exports/" + id).expect(401);

        TestServer.Reply download = server.get("/api/v1/me/exports/" + id + "/download", alice).expect(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/zip");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"kith-export-2026-11-23.zip\"");
        List<String> names = new ArrayList<>();
        String posts = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.bytes()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().equals("posts.json")) {
                    posts = new String(bytes, StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).contains("README.txt", "account.json", "posts.json", "comments.json", "likes.json", "followers.json",
                "following.json", "blocks.json", "groups.json", "stories.json", "notifications.json",
                "following_accounts.csv", "blocked_accounts.csv", "outbox.json");
        assertThat(posts).contains("Hello \\\"world\\\"");

        // the ready mail's link opens the archive without signing in; a changed one opens nothing
        server.core.deliverMail();
        String body = server.core.sentMail().stream().filter(m -> m.subject().contains("archive")).reduce((a, b) -> b)
                .orElseThrow().body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://\\S+/download\\?expires=\\d+&signature=[A-Za-z0-9_-]+")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String path = link.group().substring(link.group().indexOf("/api/"));
        TestServer.Reply mailed = server.get(path).expect(200);
        assertThat(mailed.header("Content-Type")).isEqualTo("application/zip");
        assertThat(mailed.bytes()).isEqualTo(download.bytes());
        server.get(path.replace("signature=", "signature=x")).expect(404);
        server.get(path.replaceFirst("expires=\\d+", "expires=9999999999")).expect(404);
        server.get("/api/v1/me/exports/" + id + "/download?expires=1&signature=abc").expect(404);
    }

    @Test
    void a_second_export_within_a_day_is_rate_limited_with_retry_after() {
        String alice = server.accessToken("alice");
        server.call("POST", "/api/v1/me/exports", alice).expect(202);
        server.core.deliverMail();
        server.clock.advance(Duration.ofMinutes(10));

        TestServer.Reply refused = server.call("POST", "/api/v1/me/exports", alice).expect(429);

        assertThat(refused.json().get("code").asText()).isEqualTo("rate_limited");
        assertThat(refused.header("Retry-After")).isEqualTo(Long.toString(Duration.ofHours(24).minusMinutes(10).toSeconds()));
    }
}
