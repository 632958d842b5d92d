package dev.kith.adapter.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.MediaStorageContract;
import dev.kith.application.media.port.MediaStorageFailure;
import dev.kith.application.media.port.MissingObject;
import dev.kith.application.media.port.StorageKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemMediaStorageTest extends MediaStorageContract {

    @TempDir
    Path root;

    private FileSystemMediaStorage storage;

    @Override
    protected MediaStorage storage() {
        if (storage == null) {
            storage = new FileSystemMediaStorage(root.resolve("media-root"));
        }
        return storage;
    }

    private Path mediaRoot() {
        return root.resolve("media-root");
    }

    @Test
    void keeps_each_object_as_a_plain_file_at_its_key_with_a_hidden_sidecar() throws IOException {
        StorageKey key = new StorageKey("media/6f/6f1cQ2a_B-9zzzzzzz/original.jpg");
        byte[] content = bytes(1234, 1);

        storage().put(key, file(content), "image/jpeg");

        Path object = mediaRoot().resolve("media/6f/6f1cQ2a_B-9zzzzzzz/original.jpg");
        assertThat(object).hasBinaryContent(content);
        assertThat(listed(object.getParent())).containsExactlyInAnyOrder("original.jpg", ".original.jpg.meta");
        assertThat(object.resolveSibling(".original.jpg.meta")).content()
                .contains("content-type=image/jpeg").contains("sha-256=" + sha256Hex(content));
    }

    @Test
    void the_etag_is_the_sha_256_of_the_bytes() throws Exception {
        byte[] content = bytes(5000, 2);

        storage().put(key("a.png"), file(content), "image/png");

        assertThat(storage().stat(key("a.png")).orElseThrow().etag()).isEqualTo('"' + sha256Hex(content) + '"');
    }

    @Test
    void the_same_bytes_put_again_keep_their_etag() {
        byte[] content = bytes(5000, 3);
        storage().put(key("a.png"), file(content), "image/png");
        String first = storage().stat(key("a.png")).orElseThrow().etag();

        storage().put(key("a.png"), file(content), "image/png");

        assertThat(storage().stat(key("a.png")).orElseThrow().etag()).isEqualTo(first);
    }

    @Test
    void leaves_no_temporary_file_behind_after_puts_that_worked_or_failed() throws IOException {
        storage().put(key("a.jpg"), file(bytes(100, 4)), "image/jpeg");
        storage().put(key("a.jpg"), file(bytes(100, 5)), "image/jpeg");
        assertThatThrownBy(() -> storage().put(key("a.jpg"), files.resolve("missing"), "image/jpeg"))
                .isInstanceOf(MediaStorageFailure.class);

        assertThat(listed(mediaRoot().resolve(key("a.jpg").value()).getParent()))
                .containsExactlyInAnyOrder("a.jpg", ".a.jpg.meta");
    }

    @Test
    void a_stream_opened_before_a_replacement_goes_on_reading_the_old_bytes() throws IOException {
        byte[] before = bytes(100_000, 6);
        storage().put(key("a.bin"), file(before), "application/octet-stream");

        try (InputStream old = storage().open(key("a.bin"), 0, Long.MAX_VALUE)) {
            storage().put(key("a.bin"), file(bytes(10, 7)), "application/octet-stream");
            storage().delete(key("a.bin"));

            assertThat(old.readAllBytes()).isEqualTo(before);
        }
    }

    @Test
    void an_object_whose_sidecar_was_lost_is_described_from_the_file_alone() throws IOException {
        StorageKey key = key("a.bin");
        storage().put(key, file(bytes(10, 8)), "image/gif");
        Path object = mediaRoot().resolve(key.value());
        Files.delete(object.resolveSibling(".a.bin.meta"));

        assertThat(storage().stat(key)).hasValueSatisfying(stored -> {
            assertThat(stored.size()).isEqualTo(10);
            assertThat(stored.contentType()).isEqualTo("application/octet-stream");
            assertThat(stored.etag()).startsWith("\"a-");
        });
    }

    @Test
    void a_directory_of_other_keys_is_no_object() {
        storage().put(new StorageKey("media/ab/c/original.jpg"), file(bytes(10, 9)), "image/jpeg");

        assertThat(storage().stat(new StorageKey("media/ab/c"))).isEmpty();
        assertThatThrownBy(() -> storage().open(new StorageKey("media/ab/c"), 0, 1))
                .isInstanceOf(MissingObject.class);
        storage().delete(new StorageKey("media/ab/c"));
        assertThat(storage().stat(new StorageKey("media/ab/c/original.jpg"))).isPresent();
    }

    @Test
    void a_root_that_cannot_be_written_fails_as_media_storage_failure() throws IOException {
        Files.writeString(root.resolve("a-file"), "not a directory");
        FileSystemMediaStorage storage = new FileSystemMediaStorage(root.resolve("a-file"));

        assertThatThrownBy(() -> storage.put(key("a.jpg"), file(bytes(10, 10)), "image/jpeg"))
                .isInstanceOf(MediaStorageFailure.class)
                .hasMessageContaining(root.resolve("a-file").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "..", "", ".", "a/..", "/etc/passwd"})
    void a_path_outside_the_root_is_refused_even_past_the_key_check(String relative) {
        Path root = Path.of("/srv/kith/media");

        assertThatIllegalArgumentException().isThrownBy(() -> FileSystemMediaStorage.inside(root, relative));
    }

    @Test
    void a_path_inside_the_root_is_resolved_under_it() {
        assertThat(FileSystemMediaStorage.inside(Path.of("/srv/kith/media"), "media/ab/x.jpg"))
                .isEqualTo(Path.of("/srv/kith/media/media/ab/x.jpg"));
    }

    @Test
    void offers_no_direct_url() {
        storage().put(key("a.jpg"), file(bytes(10, 11)), "image/jpeg");

        assertThat(storage().directUrl(key("a.jpg"), Instant.now().plus(Duration.ofHours(1)))).isEmpty();
    }

    private static List<String> listed(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
