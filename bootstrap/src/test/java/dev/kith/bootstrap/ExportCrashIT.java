package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar killed (SIGKILL) while it writes an export's archive, and started again on the same
 * DATA_DIR: the export is never downloadable until it is complete, no archive is in the storage, and the
 * job, claimed again once its outbox lease (5 minutes) runs out, completes. Slow (it waits out the lease),
 * so it runs only with {@code -Dkith.export.crash=true}:
 * {@code ./mvnw -o -B verify -pl bootstrap -am -Dtest=none -Dit.test=ExportCrashIT -Dkith.export.crash=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "kith.export.crash", matches = "true")
class ExportCrashIT {

    @TempDir
    Path temp;

    @Test
    void a_worker_killed_mid_archive_leaves_nothing_downloadable_and_the_job_completes_after_a_restart() throws Exception {
        Path data = temp.resolve("data");
        int port = KithProcess.freePort();
        Map<String, String> env = Map.of("DATA_DIR", data.toString(), "RATE_LIMITS", "off", "PORT", Integer.toString(port));
        String id;
        String alice;
        try (KithProcess kith = KithProcess.launch(env, temp.resolve("kith-1.log"), List.of("-Xmx128m"))) {
            kith.awaitReady();
            HttpClientFixture json = new HttpClientFixture(kith.port());
            alice = MediaUploads.signUp(json, data, "alice");
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            // enough media that writing the archive takes a while: the kill lands in the middle of it
            for (int i = 0; i < 8; i++) {
                Path video = MediaUploads.paddedMp4(temp.resolve("v.mp4"), 40L * 1024 * 1024 - i);
                HttpResponse<String> uploaded = MediaUploads.send(client,
                        MediaUploads.upload(URI.create(kith.base()), alice, video, "v.mp4", "video/mp4"));
                assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            }
            assertThat(json.post("/api/v1/posts", "{\"text\":\"before the crash\"}", alice).status()).isEqualTo(201);
            HttpClientFixture.Response asked = json.post("/api/v1/me/exports", "", alice);
            assertThat(asked.status()).isEqualTo(202);
            id = asked.json().get("id").asText();
            String status = "pending";
            for (int i = 0; i < 600 && status.equals("pending"); i++) {
                Thread.sleep(20);
                status = json.get("/api/v1/me/exports/" + id, alice).json().get("status").asText();
            }
            assertThat(status).isEqualTo("running");
            Thread.sleep(300);  // well into the archive, far from its end
            kith.kill();
        }
        assertThat(archives(data)).as("nothing stored under exports/ by the killed worker").isEmpty();

        try (KithProcess kith = KithProcess.launch(env, temp.resolve("kith-2.log"), List.of("-Xmx128m"))) {
            kith.awaitReady();
            HttpClientFixture json = new HttpClientFixture(kith.port());
            String token = json.post("/api/v1/auth/login", "{\"login\":\"alice\",\"password\":\"correct horse battery\"}", null)
                    .json().get("accessToken").asText();
            JsonNode export = json.get("/api/v1/me/exports/" + id, token).json();
            assertThat(export.get("status").asText()).isEqualTo("running");
            assertThat(export.get("downloadUrl").isNull()).isTrue();
            assertThat(json.get("/api/v1/me/exports/" + id + "/download", token).status()).isEqualTo(404);
            // the same export is returned to a new request, not a second one started
            assertThat(json.post("/api/v1/me/exports", "", token).json().get("id").asText()).isEqualTo(id);

            long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
            while (!export.get("status").asText().equals("ready") && System.nanoTime() < deadline) {
                assertThat(json.get("/api/v1/me/exports/" + id + "/download", token).status()).isEqualTo(404);
                Thread.sleep(1000);
                export = json.get("/api/v1/me/exports/" + id, token).json();
            }
            assertThat(export.get("status").asText()).as(kith.output()).isEqualTo("ready");
            Path zip = temp.resolve("export.zip");
            HttpResponse<Path> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(kith.base() + "/api/v1/me/exports/" + id + "/download"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofFile(zip));
            assertThat(download.statusCode()).isEqualTo(200);
            try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
                assertThat(HttpClientFixture.JSON.readTree(archive.getInputStream(archive.getEntry("media.json")))).hasSize(8);
                assertThat(archive.stream().filter(e -> e.getName().startsWith("media/")).count()).isEqualTo(8);
                assertThat(new String(archive.getInputStream(archive.getEntry("posts.json")).readAllBytes(), StandardCharsets.UTF_8))
                        .contains("before the crash");
            }
            assertThat(archives(data)).extracting(path -> path.getFileName().toString()).contains("kith-archive.zip")
                    .filteredOn(name -> name.endsWith(".zip")).hasSize(1);
        }
    }

    private static List<Path> archives(Path data) throws java.io.IOException {
        Path exports = data.resolve("media").resolve("exports");
        if (!Files.isDirectory(exports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(exports)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
