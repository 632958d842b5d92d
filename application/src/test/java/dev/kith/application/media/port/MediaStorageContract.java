package dev.kith.application.media.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link MediaStorage} does; extend it for each adapter. */
public abstract class MediaStorageContract {

    private static final int MIB = 1024 * 1024;

    /** A storage that holds nothing yet, fresh for each test (or at least free of every key the tests use). */
    protected abstract MediaStorage storage();

    @TempDir
    protected Path files;

    private int fileCount;

    // --- put, stat, open ---

    @Test
    void describes_a_stored_object_by_its_size_content_type_and_a_quoted_etag() {
        StorageKey key = key("original.jpg");

        storage().put(key, file(bytes(1000, 1)), "image/jpeg");

        StoredObject stored = storage().stat(key).orElseThrow();
        assertThat(stored.size()).isEqualTo(1000);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.etag()).matches("\"[\\x21\\x23-\\x7e]+\"");
        assertThat(stored.lastModified()).isBetween(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    void reads_back_the_whole_object() {
        StorageKey key = key("original.png");
        byte[] content = bytes(70_000, 2);

        storage().put(key, file(content), "image/png");

        assertThat(read(key, 0, Long.MAX_VALUE)).isEqualTo(content);
        assertThat(read(key, 0, content.length)).isEqualTo(content);
    }

    @Test
    void reads_a_range_from_the_middle() {
        StorageKey key = key("clip.mp4");
        byte[] content = bytes(70_000, 3);
        storage().put(key, file(content), "video/mp4");

        assertThat(read(key, 12_345, 1000)).isEqualTo(Arrays.copyOfRange(content, 12_345, 13_345));
        assertThat(read(key, 1, 1)).containsExactly(content[1]);
    }

    @Test
    void a_range_that_runs_past_the_end_stops_at_the_end() {
        StorageKey key = key("clip.mp4");
        byte[] content = bytes(70_000, 4);
        storage().put(key, file(content), "video/mp4");

        assertThat(read(key, 69_000, 5000)).isEqualTo(Arrays.copyOfRange(content, 69_000, 70_000));
        assertThat(read(key, 69_999, Long.MAX_VALUE)).containsExactly(content[69_999]);
        assertThat(read(key, 50_000, Long.MAX_VALUE - 1)).isEqualTo(Arrays.copyOfRange(content, 50_000, 70_000));
    }

    @Test
    void an_empty_range_or_one_past_the_end_reads_nothing() {
        StorageKey key = key("clip.mp4");
        storage().put(key, file(bytes(1000, 5)), "video/mp4");

        assertThat(read(key, 10, 0)).isEmpty();
        assertThat(read(key, 1000, 10)).isEmpty();
        assertThat(read(key, 5000, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void refuses_a_negative_offset_or_length() {
        StorageKey key = key("clip.mp4");
        storage().put(key, file(bytes(10, 6)), "video/mp4");

        assertThatIllegalArgumentException().isThrownBy(() -> storage().open(key, -1, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> storage().open(key, 0, -1));
    }

    @Test
    void stores_an_empty_file() {
        StorageKey key = key("empty.txt");

        storage().put(key, file(new byte[0]), "text/plain");

        assertThat(storage().stat(key)).hasValueSatisfying(stored -> assertThat(stored.size()).isZero());
        assertThat(read(key, 0, Long.MAX_VALUE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/webp", "application/octet-stream", "video/webm", "image/svg+xml"})
    void keeps_the_content_type_it_was_given(String contentType) {
        StorageKey key = key("thing");

        storage().put(key, file(bytes(10, 7)), contentType);

        assertThat(storage().stat(key)).hasValueSatisfying(stored -> assertThat(stored.contentType()).isEqualTo(contentType));
    }

    @Test
    void keeps_the_parameters_of_a_content_type_if_not_their_spacing() {
        StorageKey key = key("notes.txt");

        storage().put(key, file(bytes(10, 7)), "text/plain; charset=utf-8");

        assertThat(storage().stat(key)).hasValueSatisfying(stored ->
                assertThat(stored.contentType().replace(" ", "")).isEqualTo("text/plain;charset=utf-8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "image/jpeg\r\nX-Injected: 1", "image/jpég"})
    void refuses_a_blank_or_unprintable_content_type_and_stores_nothing(String contentType) {
        StorageKey key = key("a.jpg");

        assertThatIllegalArgumentException().isThrownBy(() -> storage().put(key, file(bytes(10, 8)), contentType));

        assertThat(storage().stat(key)).isEmpty();
    }

    @Test
    void keeps_keys_that_differ_only_in_their_extension_apart() {
        StorageKey jpeg = new StorageKey("media/ab/abcdefghijklmnop/original.jpg");
        StorageKey webp = new StorageKey("media/ab/abcdefghijklmnop/original.webp");
        byte[] jpegBytes = bytes(100, 9);
        byte[] webpBytes = bytes(200, 10);

        storage().put(jpeg, file(jpegBytes), "image/jpeg");
        storage().put(webp, file(webpBytes), "image/webp");

        assertThat(read(jpeg, 0, Long.MAX_VALUE)).isEqualTo(jpegBytes);
        assertThat(read(webp, 0, Long.MAX_VALUE)).isEqualTo(webpBytes);
        storage().delete(webp);
        assertThat(read(jpeg, 0, Long.MAX_VALUE)).isEqualTo(jpegBytes);
    }

    // --- replacing ---

    @Test
    void putting_again_replaces_the_bytes_and_the_content_type() {
        StorageKey key = key("avatar");
        storage().put(key, file(bytes(5000, 11)), "image/png");
        byte[] replacement = bytes(300, 12);

        storage().put(key, file(replacement), "image/jpeg");

        assertThat(read(key, 0, Long.MAX_VALUE)).isEqualTo(replacement);
        StoredObject stored = storage().stat(key).orElseThrow();
        assertThat(stored.size()).isEqualTo(300);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void the_etag_changes_when_the_content_changes() {
        StorageKey key = key("avatar.png");
        storage().put(key, file(bytes(4096, 13)), "image/png");
        String before = storage().stat(key).orElseThrow().etag();

        storage().put(key, file(bytes(4096, 14)), "image/png");

        assertThat(storage().stat(key).orElseThrow().etag()).isNotEqualTo(before);
    }

    @Test
    void a_file_that_cannot_be_read_fails_the_put_and_leaves_the_key_as_it_was() {
        StorageKey key = key("original.jpg");
        byte[] content = bytes(100, 15);
        storage().put(key, file(content), "image/jpeg");

        assertThatThrownBy(() -> storage().put(key, files.resolve("no-such-file"), "image/jpeg"))
                .isInstanceOf(MediaStorageFailure.class);

        assertThat(read(key, 0, Long.MAX_VALUE)).isEqualTo(content);
        assertThatThrownBy(() -> storage().put(key("other.jpg"), files.resolve("no-such-file"), "image/jpeg"))
                .isInstanceOf(MediaStorageFailure.class);
        assertThat(storage().stat(key("other.jpg"))).isEmpty();
    }

    // --- absence and deleting ---

    @Test
    void an_absent_key_has_no_description_and_cannot_be_opened() {
        StorageKey key = key("never-put.jpg");

        assertThat(storage().stat(key)).isEmpty();
        assertThatThrownBy(() -> storage().open(key, 0, Long.MAX_VALUE))
                .isInstanceOfSatisfying(MissingObject.class, missing -> assertThat(missing.key()).isEqualTo(key));
        assertThatThrownBy(() -> storage().open(key, 0, 0)).isInstanceOf(MissingObject.class);
    }

    @Test
    void deleting_removes_the_object_and_deleting_again_does_nothing() {
        StorageKey key = key("original.jpg");
        storage().put(key, file(bytes(100, 16)), "image/jpeg");

        storage().delete(key);
        storage().delete(key);

        assertThat(storage().stat(key)).isEmpty();
        assertThatThrownBy(() -> storage().open(key, 0, 10)).isInstanceOf(MissingObject.class);
    }

    @Test
    void deleting_a_key_that_was_never_put_does_nothing() {
        storage().delete(key("never-put.jpg"));

        assertThat(storage().stat(key("never-put.jpg"))).isEmpty();
    }

    @Test
    void a_deleted_key_can_be_put_again() {
        StorageKey key = key("original.jpg");
        storage().put(key, file(bytes(100, 17)), "image/jpeg");
        storage().delete(key);
        byte[] again = bytes(50, 18);

        storage().put(key, file(again), "image/jpeg");

        assertThat(read(key, 0, Long.MAX_VALUE)).isEqualTo(again);
    }

    // --- size and concurrency ---

    @Test
    void streams_a_20_mib_file_in_and_out_unchanged() throws IOException {
        StorageKey key = key("large.mp4");
        int chunks = 20;
        Path large = files.resolve("large.bin");
        MessageDigest written = sha256();
        try (OutputStream out = Files.newOutputStream(large)) {
            for (int i = 0; i < chunks; i++) {
                byte[] chunk = bytes(MIB, 1000 + i);
                written.update(chunk);
                out.write(chunk);
            }
        }

        storage().put(key, large, "video/mp4");

        assertThat(storage().stat(key)).hasValueSatisfying(stored -> assertThat(stored.size()).isEqualTo(20L * MIB));
        MessageDigest read = sha256();
        try (InputStream in = new DigestInputStream(storage().open(key, 0, Long.MAX_VALUE), read)) {
            assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(20L * MIB);
        }
        assertThat(read.digest()).isEqualTo(written.digest());
        byte[] chunk15 = bytes(MIB, 1015);
        assertThat(read(key, 15L * MIB + 1234, 4096)).isEqualTo(Arrays.copyOfRange(chunk15, 1234, 1234 + 4096));
    }

    @Test
    void concurrent_puts_of_different_keys_all_land() throws Exception {
        int writers = 8;
        int perWriter = 4;
        List<StorageKey> keys = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < writers * perWriter; i++) {
            keys.add(key("object-" + i + ".bin"));
            sources.add(file(bytes(64 * 1024, 2000 + i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                Callable<Void> work = () -> {
                    start.await();
                    for (int j = 0; j < perWriter; j++) {
                        int i = writer * perWriter + j;
                        storage().put(keys.get(i), sources.get(i), "application/octet-stream");
                    }
                    return null;
                };
                done.add(pool.submit(work));
            }
            start.countDown();
            for (Future<Void> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (int i = 0; i < keys.size(); i++) {
            assertThat(read(keys.get(i), 0, Long.MAX_VALUE)).as("object %d", i).isEqualTo(bytes(64 * 1024, 2000 + i));
        }
    }

    // --- direct URLs ---

    @Test
    void a_direct_url_when_there_is_one_is_absolute_http() {
        StorageKey key = key("original.jpg");
        storage().put(key, file(bytes(10, 19)), "image/jpeg");

        Optional<URI> url = storage().directUrl(key, Instant.now().plus(Duration.ofMinutes(10)));

        url.ifPresent(direct -> {
            assertThat(direct.isAbsolute()).isTrue();
            assertThat(direct.getScheme()).isIn("http", "https");
        });
    }

    // --- keys ---

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/abs", "a//b", "a/../b", "a/./b", "..", ".", "a/", "a\\b", "..\\x", "a\u0000b",
            "%2e%2e/x", "a/%2e%2e", "a/b.", "a/.hidden", "a.b/c", "a/b.c.d", "a b", "ä/b", "", "a/b.j-g", "a\n"})
    void a_storage_key_cannot_leave_its_directory(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new StorageKey(value));
    }

    @Test
    void a_storage_key_is_at_most_200_characters() {
        String longest = "media/" + "a".repeat(StorageKey.MAX_LENGTH - 6);

        assertThat(new StorageKey(longest).value()).hasSize(200);
        assertThatIllegalArgumentException().isThrownBy(() -> new StorageKey(longest + "a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"original.jpg", "media/6f/6f1c2a_B-9/original.jpg", "media/ab/abc/thumb-320.webp", "a/b/c", "x.tar"})
    void a_storage_key_of_plain_segments_is_accepted(String value) {
        assertThat(new StorageKey(value).value()).isEqualTo(value);
        assertThat(new StorageKey(value)).hasToString(value);
    }

    @Test
    void a_fresh_key_is_spread_by_its_token_and_ends_in_the_name() {
        String token = "6f1cQ2a_B-9zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz";

        StorageKey key = StorageKey.fresh(token, "original.jpg");

        assertThat(key.value()).isEqualTo("media/6f/" + token + "/original.jpg");
        assertThatIllegalArgumentException().isThrownBy(() -> StorageKey.fresh("short", "original.jpg"));
        assertThatIllegalArgumentException().isThrownBy(() -> StorageKey.fresh("../../../../../../etc", "passwd"));
        assertThatIllegalArgumentException().isThrownBy(() -> StorageKey.fresh(token, "../original.jpg"));
        assertThatIllegalArgumentException().isThrownBy(() -> StorageKey.fresh(token, "a/original.jpg"));
    }

    // --- fixtures ---

    /** A key of its own for this test class run, so that stores shared between tests do not see each other's. */
    protected StorageKey key(String name) {
        return new StorageKey("media/te/" + getClass().getSimpleName() + "-" + testRun + "/" + name);
    }

    private final String testRun = Long.toString(System.nanoTime(), 36);

    /** {@code length} bytes that depend only on {@code seed}. */
    protected static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** A new file in {@link #files} holding {@code content}. */
    protected Path file(byte[] content) {
        try {
            return Files.write(files.resolve("source-" + (fileCount++) + ".bin"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a range of the object under {@code key}. */
    protected byte[] read(StorageKey key, long offset, long length) {
        try (InputStream in = storage().open(key, offset, length)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
