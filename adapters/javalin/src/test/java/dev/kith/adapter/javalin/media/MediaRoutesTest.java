package dev.kith.adapter.javalin.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import dev.kith.application.testing.TestMedia;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaRoutesTest {

    @TempDir
    Path scratch;

    private TestServer server;
    private String alice;
    private String bob;

    @BeforeEach
    void start() {
        server = MediaTestServers.start(scratch);
        alice = server.accessToken("alice");
        bob = server.accessToken("bob");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Reply upload(TestServer server, String token, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/v1/media"))
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return server.send(request.build());
    }

    static Reply fetch(TestServer server, String url, String... headers) {
        // the in-memory core names http://localhost:8080 as the server's public address
        String local = url.replace("http://localhost:8080/", server.uri("/").toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(local)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.send(request.build());
    }

    private JsonNode uploaded(byte[] file, String name, String type) {
        return upload(server, alice, Multipart.file(file, name, type)).expect(201).json();
    }

    @Test
    void a_photo_is_stored_upright_without_its_exif_and_gps() throws IOException {
        Reply reply = upload(server, alice, Multipart.file(TestMedia.jpegWithExif(200, 100, 6), "IMG_1.jpg", "image/jpeg"))
                .expect(201);

        JsonNode media = reply.json();
        assertThat(media.get("type").asText()).isEqualTo("image");
        assertThat(media.get("state").asText()).isEqualTo("ready");
        // orientation 6: the camera was turned a quarter clockwise, so the upright picture is portrait
        assertThat(media.get("width").asInt()).isEqualTo(100);
        assertThat(media.get("height").asInt()).isEqualTo(200);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/media/" + media.get("id").asText());
        Reply file = fetch(server, media.get("url").asText()).expect(200);
        assertThat(file.header("Content-Type")).isEqualTo(media.get("contentType").asText());
        assertThat(Long.parseLong(file.header("Content-Length"))).isEqualTo(media.get("size").asLong());
        assertThat(new String(file.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(TestMedia.SECRET).doesNotContain("Exif");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
        assertThat(image.getWidth()).isEqualTo(100);
        // the marker block was top-left; a quarter turn clockwise puts it top-right
        assertThat(near(new Color(image.getRGB(90, 10)), TestMedia.MARKER)).isTrue();
        assertThat(near(new Color(image.getRGB(10, 10)), TestMedia.BACKGROUND)).isTrue();
        fetch(server, media.get("thumbnailUrl").asText()).expect(200);
    }

    @Test
    void every_supported_image_and_video_is_taken() {
        JsonNode png = uploaded(TestMedia.pngWithTextChunks(), "a.png", "image/png");
        assertThat(new String(fetch(server, png.get("url").asText()).expect(200).bytes(), StandardCharsets.ISO_8859_1))
                .doesNotContain(TestMedia.SECRET);
        assertThat(uploaded(TestMedia.animatedGif(), "a.gif", "image/gif").get("contentType").asText()).isEqualTo("image/gif");
        assertThat(uploaded(TestMedia.webp(40, 30, 0xFF336699, false), "a.webp", "image/webp").get("width").asInt())
                .isEqualTo(40);
        JsonNode mp4 = uploaded(TestMedia.mp4(640, 360, Duration.ofSeconds(3), false), "a.mp4", "video/mp4");
        assertThat(mp4.get("type").asText()).isEqualTo("video");
        assertThat(mp4.get("state").asText()).isEqualTo("processing");
        assertThat(mp4.get("durationMs").asLong()).isEqualTo(3000);
        assertThat(mp4.get("thumbnailUrl").isNull()).isTrue();
        assertThat(uploaded(TestMedia.webm(320, 240, Duration.ofSeconds(2)), "a.webm", "video/webm").get("contentType")
                .asText()).isEqualTo("video/webm");
    }

    @Test
    void the_type_comes_from_the_bytes_not_the_name_or_the_declared_type() {
        assertThat(upload(server, alice, Multipart.file(TestMedia.text(), "cat.png", "image/png")).expect(415).code())
                .isEqualTo("unsupported_media_type");
        assertThat(upload(server, alice, Multipart.file(TestMedia.svg(), "cat.svg", "image/svg+xml")).expect(415).code())
                .isEqualTo("unsupported_media_type");
        assertThat(upload(server, alice, Multipart.file(TestMedia.jpeg(30, 20), "notes.txt", "text/plain")).expect(201)
                .json().get("contentType").asText()).startsWith("image/");
    }

    @Test
    void a_decompression_bomb_is_refused_as_too_large() {
        Reply reply = upload(server, alice, Multipart.file(TestMedia.pngBomb(100_000, 100_000), "bomb.png", "image/png"));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("payload_too_large");
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_description_may_come_before_or_after_the_file() {
        byte[] jpeg = TestMedia.jpeg(30, 20);
        JsonNode before = upload(server, alice, Multipart.parts(List.of(Multipart.field("description", "A cat, asleep"),
                Multipart.filePart(jpeg, "a.jpg", "image/jpeg")))).expect(201).json();
        JsonNode after = upload(server, alice, Multipart.parts(List.of(Multipart.filePart(jpeg, "a.jpg", "image/jpeg"),
                Multipart.field("other", "ignored"), Multipart.field("description", "Ein Hund")))).expect(201).json();

        assertThat(before.get("description").asText()).isEqualTo("A cat, asleep");
        assertThat(after.get("description").asText()).isEqualTo("Ein Hund");
    }

    @Test
    void uploads_need_a_token_multipart_and_a_file_part() {
        byte[] body = Multipart.file(TestMedia.jpeg(30, 20), "a.jpg", "image/jpeg");
        upload(server, null, body).expect(401);
        Reply json = server.post("/api/v1/media", "{}", alice).expect(415);
        assertThat(json.code()).isEqualTo("unsupported_media_type");
        Reply noFile = upload(server, alice, Multipart.parts(List.of(Multipart.field("description", "x")))).expect(400);
        assertThat(noFile.code()).isEqualTo("validation_failed");
        assertThat(noFile.errorFields()).containsExactly("file");
        upload(server, alice, "--nonsense\r\n".getBytes(StandardCharsets.US_ASCII)).expect(400);
        assertThat(upload(server, alice, Multipart.file(new byte[0], "a.jpg", "image/jpeg")).status()).isEqualTo(400);
    }

    @Test
    void a_body_declared_larger_than_any_limit_is_refused_before_it_is_read() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/media HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + alice
                    + "\r\nContent-Type: " + Multipart.CONTENT_TYPE + "\r\nContent-Length: " + (200L * 1024 * 1024)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(Multipart.fileHead("big.mp4", "video/mp4"));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 413").contains("payload_too_large").containsIgnoringCase("Connection: close");
        }
    }

    @Test
    void a_file_over_its_types_limit_is_refused_while_it_streams_and_the_connection_closes() throws IOException {
        try (TestServer small = MediaTestServers.start(TestServer.START, scratch, 64 * 1024, 1024 * 1024, Optional.empty())) {
            String token = small.accessToken("carol");
            byte[] big = TestMedia.jpeg(600, 600);
            byte[] padded = java.util.Arrays.copyOf(big, Math.max(big.length, 200 * 1024));

            Reply reply = upload(small, token, Multipart.file(padded, "big.jpg", "image/jpeg"));

            assertThat(reply.status()).isEqualTo(413);
            assertThat(reply.code()).isEqualTo("payload_too_large");
            assertThat(reply.header("Connection")).isEqualTo("close");
            // a video may be larger: the limit is per type, decided from the first bytes
            upload(small, token, Multipart.file(paddedMp4(200 * 1024), "v.mp4", "video/mp4")).expect(201);
        }
        try (var files = java.nio.file.Files.list(scratch)) {
            assertThat(files).as("scratch files left behind").isEmpty();
        }
    }

    @Test
    void a_client_that_goes_away_mid_upload_leaves_no_scratch_file() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/media HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + alice
                    + "\r\nContent-Type: " + Multipart.CONTENT_TYPE + "\r\nContent-Length: " + (5L * 1024 * 1024)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(Multipart.fileHead("a.jpg", "image/jpeg"));
            out.write(TestMedia.jpeg(300, 300));
            out.write(new byte[100_000]);
            out.flush();
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            try (var files = java.nio.file.Files.list(scratch)) {
                assertThat(files).isEmpty();
            }
        });
        // and the server goes on serving
        upload(server, alice, Multipart.file(TestMedia.jpeg(30, 20), "a.jpg", "image/jpeg")).expect(201);
    }

    @Test
    void the_owner_polls_and_describes_their_media_and_nobody_else_sees_it() {
        String id = uploaded(TestMedia.jpeg(30, 20), "a.jpg", "image/jpeg").get("id").asText();

        assertThat(server.get("/api/v1/media/" + id, alice).expect(200).json().get("id").asText()).isEqualTo(id);
        assertThat(server.get("/api/v1/media/" + id, bob).expect(404).code()).isEqualTo("not_found");
        server.get("/api/v1/media/not-an-id", alice).expect(404);
        assertThat(server.patch("/api/v1/media/" + id, "{\"description\":\"Sunset\"}", alice).expect(200).json()
                .get("description").asText()).isEqualTo("Sunset");
        assertThat(server.patch("/api/v1/media/" + id, "{}", alice).expect(200).json().get("description").asText())
                .isEqualTo("Sunset");
        assertThat(server.patch("/api/v1/media/" + id, "{\"alt\":\"x\"}", alice).expect(400).errorFields())
                .containsExactly("alt");
        server.patch("/api/v1/media/" + id, "{\"description\":\"mine now\"}", bob).expect(404);
        assertThat(server.patch("/api/v1/media/" + id, "{\"description\":null}", alice).expect(200).json()
                .get("description").isNull()).isTrue();
    }

    @Test
    void posts_carry_their_media_with_links() {
        String image = uploaded(TestMedia.jpeg(30, 20), "a.jpg", "image/jpeg").get("id").asText();

        JsonNode post = server.post("/api/v1/posts", "{\"text\":\"look\",\"mediaIds\":[\"" + image + "\"]}", alice)
                .expect(201).json();

        assertThat(post.get("media")).hasSize(1);
        fetch(server, post.get("media").get(0).get("url").asText()).expect(200);
        String video = uploaded(TestMedia.mp4(320, 240, Duration.ofSeconds(1), false), "v.mp4", "video/mp4").get("id").asText();
        assertThat(server.post("/api/v1/posts", "{\"text\":\"wait\",\"mediaIds\":[\"" + video + "\"]}", alice).expect(409)
                .code()).isEqualTo("media_not_ready");
        String bobs = upload(server, bob, Multipart.file(TestMedia.jpeg(30, 20), "b.jpg", "image/jpeg")).expect(201).json()
                .get("id").asText();
        server.post("/api/v1/posts", "{\"text\":\"stolen\",\"mediaIds\":[\"" + bobs + "\"]}", alice).expect(400);
    }

    @Test
    void an_avatar_shows_on_the_account_and_on_its_posts() {
        String image = uploaded(TestMedia.jpeg(64, 64), "me.jpg", "image/jpeg").get("id").asText();

        JsonNode me = server.patch("/api/v1/me", "{\"avatarMediaId\":\"" + image + "\"}", alice).expect(200).json();

        String avatarUrl = me.get("avatarUrl").asText();
        assertThat(avatarUrl).contains("/media/");
        fetch(server, avatarUrl).expect(200);
        assertThat(server.get("/api/v1/me", alice).expect(200).json().get("avatarUrl").asText()).isNotBlank();
        String post = server.publish(alice, "hi");
        assertThat(server.get("/api/v1/posts/" + post, bob).expect(200).json().at("/author/avatarUrl").asText())
                .contains("/media/");
    }

    /** A valid MP4 of {@code size} bytes: the minimal one, then a {@code free} box of zeros. */
    static byte[] paddedMp4(int size) {
        byte[] mp4 = TestMedia.mp4(320, 240, Duration.ofSeconds(1), false);
        byte[] padded = java.util.Arrays.copyOf(mp4, size);
        java.nio.ByteBuffer.wrap(padded, mp4.length, 8).putInt(size - mp4.length).put("free".getBytes(StandardCharsets.US_ASCII));
        return padded;
    }

    private static boolean near(Color actual, Color expected) {
        return Math.abs(actual.getRed() - expected.getRed()) < 40 && Math.abs(actual.getGreen() - expected.getGreen()) < 40
                && Math.abs(actual.getBlue() - expected.getBlue()) < 40;
    }

}
