package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories on the packaged jar, as a user runs it: a photo uploaded, posted as a story, shown in a
 * follower's story feed with a link that serves the picture, viewed once, listed among its viewers for its
 * author only, and gone once deleted.
 */
class StoriesIT {

    @TempDir
    Path temp;

    @Test
    void a_story_reaches_a_follower_records_its_view_and_goes_when_deleted() throws Exception {
        Path data = temp.resolve("data");
        try (KithProcess kith = KithProcess.start(Map.of("DATA_DIR", data.toString(), "RATE_LIMITS", "off"),
                temp.resolve("kith.log"))) {
            HttpClientFixture json = new HttpClientFixture(kith.port());
            String alice = MediaUploads.signUp(json, data, "alice");
            String bob = MediaUploads.signUp(json, data, "bob");
            assertThat(json.post("/api/v1/users/alice/follow", "", bob).status()).isEqualTo(200);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Path photo = Files.write(temp.resolve("photo.jpg"), MediaUploads.photo(800, 600));
            HttpResponse<String> uploaded = MediaUploads.send(client,
                    MediaUploads.upload(URI.create(kith.base()), alice, photo, "photo.jpg", "image/jpeg"));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            String mediaId = HttpClientFixture.JSON.readTree(uploaded.body()).get("id").asText();

            HttpClientFixture.Response posted = json.post("/api/v1/stories",
                    "{\"mediaId\":\"" + mediaId + "\",\"caption\":\"morning\"}", alice);
            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
            String story = posted.json().get("id").asText();

            JsonNode feed = json.get("/api/v1/stories/feed", bob).json();
            assertThat(feed.at("/items/0/author/username").asText()).isEqualTo("alice");
            assertThat(feed.at("/items/0/allSeen").asBoolean()).isFalse();
            String url = feed.at("/items/0/stories/0/media/url").asText();
            HttpResponse<byte[]> picture = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(picture.statusCode()).isEqualTo(200);
            assertThat(picture.headers().firstValue("Content-Type")).contains("image/jpeg");

            assertThat(json.get("/api/v1/stories/" + story, bob).status()).isEqualTo(200);
            assertThat(json.get("/api/v1/stories/" + story, bob).status()).isEqualTo(200);
            assertThat(json.get("/api/v1/stories/feed", bob).json().at("/items/0/allSeen").asBoolean()).isTrue();
            JsonNode viewers = json.get("/api/v1/stories/" + story + "/viewers", alice).json();
            assertThat(viewers.get("items")).hasSize(1);
            assertThat(viewers.at("/items/0/account/username").asText()).isEqualTo("bob");
            assertThat(json.get("/api/v1/stories/" + story + "/viewers", bob).status()).isEqualTo(403);

            assertThat(json.call("DELETE", "/api/v1/stories/" + story, "", alice).status()).isEqualTo(204);
            assertThat(json.get("/api/v1/stories/" + story, bob).status()).isEqualTo(404);
            assertThat(json.get("/api/v1/stories/feed", bob).json().get("items")).isEmpty();
        }
    }
}
