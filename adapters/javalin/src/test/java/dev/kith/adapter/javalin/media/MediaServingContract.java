package dev.kith.adapter.javalin.media;

import static dev.kith.adapter.javalin.media.MediaRoutesTest.fetch;
import static dev.kith.adapter.javalin.media.MediaRoutesTest.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import dev.kith.application.testing.TestMedia;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store serves through the links the API hands out: images stored upright and without their
 * metadata, whole files, ranges, entity tags. Run over the in-memory store, the local file system and S3.
 */
abstract class MediaServingContract {

    protected TestServer server;
    protected String alice;

    /** A started server over the store under test. */
    protected abstract TestServer start();

    @BeforeEach
    void startServer() {
        server = start();
        alice = server.accessToken("alice");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    protected JsonNode video() {
        byte[] padded = MediaRoutesTest.paddedMp4(100_000);
        return upload(server, alice, Multipart.file(padded, "v.mp4", "video/mp4")).expect(201).json();
    }

    @Test
    void an_uploaded_file_is_served_whole_and_by_ranges() {
        byte[] mp4 = MediaRoutesTest.paddedMp4(100_000);
        String url = upload(server, alice, Multipart.file(mp4, "v.mp4", "video/mp4")).expect(201).json().get("url").asText();

        Reply whole = fetch(server, url).expect(200);
        assertThat(whole.bytes()).isEqualTo(mp4);
        assertThat(whole.header("Content-Type")).isEqualTo("video/mp4");
        assertThat(whole.header("ETag")).isNotBlank();

        Reply part = fetch(server, url, "Range", "bytes=100-199").expect(206);
        assertThat(part.bytes()).isEqualTo(Arrays.copyOfRange(mp4, 100, 200));
        assertThat(part.header("Content-Range")).isEqualTo("bytes 100-199/100000");

        Reply suffix = fetch(server, url, "Range", "bytes=-10").expect(206);
        assertThat(suffix.bytes()).isEqualTo(Arrays.copyOfRange(mp4, 99_990, 100_000));
        Reply open = fetch(server, url, "Range", "bytes=99990-").expect(206);
        assertThat(open.bytes()).hasSize(10);

        assertThat(fetch(server, url, "Range", "bytes=100000-").status()).isEqualTo(416);
    }

    @Test
    void a_photo_is_stored_upright_and_every_image_without_its_metadata() throws IOException {
        JsonNode photo = upload(server, alice, Multipart.file(TestMedia.jpegWithExif(200, 100, 6), "IMG_1.jpg", "image/jpeg"))
                .expect(201).json();
        JsonNode png = upload(server, alice, Multipart.file(TestMedia.pngWithTextChunks(), "a.png", "image/png"))
                .expect(201).json();
        JsonNode gif = upload(server, alice, Multipart.file(TestMedia.animatedGif(), "a.gif", "image/gif"))
                .expect(201).json();

        byte[] jpeg = fetch(server, photo.get("url").asText()).expect(200).bytes();
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain(TestMedia.SECRET).doesNotContain("Exif");
        assertThat(TestMedia.jpegMarkers(jpeg)).as("no APP1 (EXIF, XMP), no COM").doesNotContain(0xE1, 0xFE);
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(upright.getWidth()).isEqualTo(100);
        assertThat(upright.getHeight()).isEqualTo(200);
        // the marker block was top-left; a quarter turn clockwise puts it top-right
        assertThat(near(new Color(upright.getRGB(90, 10)), TestMedia.MARKER)).isTrue();
        byte[] stored = fetch(server, png.get("url").asText()).expect(200).bytes();
        assertThat(TestMedia.pngChunkTypes(stored)).doesNotContain("tEXt", "iTXt", "zTXt");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(TestMedia.SECRET);
        byte[] animation = fetch(server, gif.get("url").asText()).expect(200).bytes();
        assertThat(new String(animation, StandardCharsets.ISO_8859_1)).doesNotContain(TestMedia.SECRET);
        fetch(server, photo.get("thumbnailUrl").asText()).expect(200);
    }

    private static boolean near(Color actual, Color expected) {
        return Math.abs(actual.getRed() - expected.getRed()) < 40 && Math.abs(actual.getGreen() - expected.getGreen()) < 40
                && Math.abs(actual.getBlue() - expected.getBlue()) < 40;
    }

    @Test
    void a_second_fetch_with_the_entity_tag_is_not_modified() {
        String url = video().get("url").asText();
        String etag = fetch(server, url).expect(200).header("ETag");

        Reply again = fetch(server, url, "If-None-Match", etag);

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
    }

    protected HttpRequest head(String url) {
        return HttpRequest.newBuilder(URI.create(url.replace("http://localhost:8080/", server.uri("/").toString()))).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
    }
}
