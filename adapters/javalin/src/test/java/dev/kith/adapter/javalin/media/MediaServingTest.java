package dev.kith.adapter.javalin.media;

import static dev.kith.adapter.javalin.media.MediaRoutesTest.fetch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's own links ({@code /media/...?expires=&signature=}) over the in-memory store. */
class MediaServingTest extends MediaServingContract {

    @TempDir
    Path scratch;

    @Override
    protected TestServer start() {
        return MediaTestServers.start(scratch);
    }

    @Test
    void served_files_carry_cache_and_safety_headers_and_answer_head() {
        String url = video().get("url").asText();
        assertThat(url).startsWith("http://localhost:8080/media/media/");

        Reply file = fetch(server, url).expect(200);
        assertThat(file.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.header("Content-Disposition")).isEqualTo("inline");
        // the link expires at the end of the next full hour: 18:00 + 2 h, and no cache keeps it longer
        assertThat(file.header("Cache-Control")).isEqualTo("private, max-age=7200, immutable");
        server.clock.advance(Duration.ofMinutes(90));
        assertThat(fetch(server, url).expect(200).header("Cache-Control")).isEqualTo("private, max-age=1800, immutable");

        Reply head = server.send(head(url));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.bytes()).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo("100000");
    }

    @Test
    void several_ranges_are_answered_with_the_whole_file_and_a_stale_if_range_too() {
        String url = video().get("url").asText();

        assertThat(fetch(server, url, "Range", "bytes=0-9,20-29").expect(200).bytes()).hasSize(100_000);
        assertThat(fetch(server, url, "Range", "bytes=0-9", "If-Range", "\"other\"").expect(200).bytes()).hasSize(100_000);
        assertThat(fetch(server, url, "Range", "bytes=5-1").expect(200).bytes()).hasSize(100_000);
        Reply unsatisfiable = fetch(server, url, "Range", "bytes=200000-300000");
        assertThat(unsatisfiable.status()).isEqualTo(416);
        assertThat(unsatisfiable.header("Content-Range")).isEqualTo("bytes */100000");
    }

    @Test
    void a_tampered_or_expired_link_is_not_found() {
        String url = video().get("url").asText();
        String signature = url.substring(url.indexOf("signature=") + "signature=".length());
        String tampered = url.replace("signature=" + signature, "signature=" + (signature.charAt(0) == 'A' ? 'B' : 'A')
                + signature.substring(1));

        assertThat(fetch(server, tampered).expect(404).header("Content-Type")).startsWith("application/problem+json");
        fetch(server, url.substring(0, url.indexOf('?'))).expect(404);
        fetch(server, url.replaceFirst("expires=\\d+", "expires=99999999999")).expect(404);
        fetch(server, url.replaceFirst("expires=\\d+", "expires=soon")).expect(404);
        fetch(server, url).expect(200);
        server.clock.advance(Duration.ofHours(2).plusSeconds(1));
        assertThat(fetch(server, url).expect(404).code()).isEqualTo("not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/media/../api/v1/me", "/media/%2e%2e/%2e%2e/etc/passwd", "/media/media%2F..%2F..%2Fetc%2Fpasswd",
            "/media/..%2f..%2fetc/passwd", "/media/a/../../etc/passwd", "/media/%2e%2e%5cwindows", "/media/a%00b",
            "/media/media/ab/abcdefghijklmnopqrstuvwxyz/display.jpg"})
    void keys_that_climb_out_or_are_malformed_find_nothing(String path) {
        Reply reply = server.get(path + "?expires=9999999999&signature=x");

        assertThat(reply.status()).isIn(400, 404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }
}
