package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure on the packaged jar, as a user runs it: an account with a photo post, a follow, a group of its own
 * with an admin, and a ready export deletes itself; its token stops at once, its files and archive leave the
 * disk once the relay ran, its group goes to the admin, its follower counts drop, and its name is refused.
 */
class ErasureIT {

    @TempDir
    Path temp;

    @Test
    void an_account_erased_on_the_packaged_jar_leaves_nothing_behind() throws Exception {
        Path data = temp.resolve("data");
        try (KithProcess kith = KithProcess.start(Map.of("DATA_DIR", data.toString(), "RATE_LIMITS", "off"),
                temp.resolve("kith.log"))) {
            HttpClientFixture json = new HttpClientFixture(kith.port());
            String eve = MediaUploads.signUp(json, data, "eve");
            String alice = MediaUploads.signUp(json, data, "alice");
            Path photo = Files.write(temp.resolve("photo.jpg"), MediaUploads.photo(640, 480));
            HttpResponse<String> uploaded = MediaUploads.send(HttpClient.newHttpClient(),
                    MediaUploads.upload(URI.create(kith.base()), eve, photo, "photo.jpg", "image/jpeg"));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            String media = HttpClientFixture.JSON.readTree(uploaded.body()).get("id").asText();
            assertThat(json.post("/api/v1/posts", "{\"text\":\"mine\",\"mediaIds\":[\"" + media + "\"]}", eve).status()).isEqualTo(201);
            assertThat(json.post("/api/v1/users/eve/follow", "", alice).status()).isEqualTo(200);
            String group = json.post("/api/v1/groups", "{\"name\":\"Eve's\",\"visibility\":\"public\"}", eve).json().get("id").asText();
            json.post("/api/v1/groups/" + group + "/join", "", alice);
            String aliceId = json.get("/api/v1/me", alice).json().get("id").asText();
            assertThat(json.call("PUT", "/api/v1/groups/" + group + "/members/" + aliceId + "/role", "{\"role\":\"admin\"}", eve)
                    .status()).isEqualTo(200);
            String export = json.post("/api/v1/me/exports", "", eve).json().get("id").asText();
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    json.get("/api/v1/me/exports/" + export, eve).json().get("status").asText().equals("ready"));
            Path stored = data.resolve("media");
            assertThat(files(stored)).as("the photo, its thumbnail and the archive").hasSizeGreaterThanOrEqualTo(3);

            assertThat(json.call("DELETE", "/api/v1/me", "{\"password\":\"correct horse battery\"}", eve).status()).isEqualTo(204);

            assertThat(json.get("/api/v1/me", eve).status()).isEqualTo(401);
            await().atMost(Duration.ofSeconds(20)).until(() -> files(stored).isEmpty());
            assertThat(json.get("/api/v1/groups/" + group, alice).json().get("myRole").asText()).isEqualTo("owner");
            assertThat(json.get("/api/v1/users/alice", alice).json().get("followingCount").asLong()).isZero();
            assertThat(json.get("/api/v1/users/eve", alice).status()).isEqualTo(404);
            assertThat(json.post("/api/v1/auth/register",
                    "{\"username\":\"eve\",\"email\":\"new-eve@example.com\",\"password\":\"correct horse battery\"}", null).status())
                    .as("the name is kept from others for 30 days").isEqualTo(409);
        }
    }

    private static List<Path> files(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
