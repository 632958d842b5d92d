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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a 256 MiB heap takes a 100 MiB video and eight concurrent 24-megapixel photos: uploads
 * stream to disk, and decoding is subsampled and bounded, so none of it needs the heap the files would.
 */
class MediaUploadIT {

    @TempDir
    Path temp;

    @Test
    void a_small_heap_takes_a_100_mib_video_and_eight_24_megapixel_photos_at_once() throws Exception {
        Path data = temp.resolve("data");
        try (KithProcess kith = KithProcess.launch(Map.of("DATA_DIR", data.toString(), "RATE_LIMITS", "off"),
                temp.resolve("kith.log"), List.of("-Xmx256m"))) {
            kith.awaitReady();
            HttpClientFixture json = new HttpClientFixture(kith.port());
            String token = MediaUploads.signUp(json, data, "alice");
            URI base = URI.create(kith.base());
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

            Path video = MediaUploads.paddedMp4(temp.resolve("big.mp4"), 100L * 1024 * 1024 - 1024);
            HttpResponse<String> uploaded = MediaUploads.send(client, MediaUploads.upload(base, token, video, "big.mp4", "video/mp4"));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            JsonNode media = HttpClientFixture.JSON.readTree(uploaded.body());
            assertThat(media.get("size").asLong()).isEqualTo(Files.size(video));
            Files.delete(video);

            Path photo = Files.write(temp.resolve("photo.jpg"), MediaUploads.photo(6000, 4000));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<HttpResponse<String>>> photos = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    photos.add(pool.submit(() -> MediaUploads.send(client,
                            MediaUploads.upload(base, token, photo, "photo.jpg", "image/jpeg"))));
                }
                List<JsonNode> images = new ArrayList<>();
                for (Future<HttpResponse<String>> each : photos) {
                    HttpResponse<String> response = each.get();
                    assertThat(response.statusCode()).as(response.body() + "\n" + kith.output()).isEqualTo(201);
                    images.add(HttpClientFixture.JSON.readTree(response.body()));
                }
                assertThat(images).allSatisfy(image -> assertThat(image.get("width").asInt()).isEqualTo(2048));
                HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(URI.create(images.get(0).get("url").asText()))
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(file.statusCode()).isEqualTo(200);
                assertThat((long) file.body().length).isEqualTo(images.get(0).get("size").asLong());
            } finally {
                pool.shutdownNow();
            }

            assertThat(json.get("/health/live", null).status()).isEqualTo(200);
            assertThat(kith.process().isAlive()).isTrue();
            assertThat(kith.output()).doesNotContain("OutOfMemoryError");
        }
    }
}
