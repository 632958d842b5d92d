package dev.kith.adapter.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.MediaStorageContract;
import dev.kith.application.media.port.MediaStorageFailure;
import dev.kith.application.media.port.StorageKey;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Runs the contract and the S3-only behaviour against S3Proxy, a real S3 API over a directory, in this JVM. */
class S3MediaStorageTest extends MediaStorageContract {

    private static final String ACCESS_KEY = "kith-access";
    private static final String SECRET_KEY = "kith-secret-key-for-tests";
    private static final String BUCKET = "kith-media";

    @TempDir
    static Path blobs;

    private static S3Proxy proxy;
    private static S3Settings settings;
    private static S3MediaStorage storage;

    @BeforeAll
    static void start_s3proxy_and_make_the_bucket() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", blobs.toString());
        properties.setProperty("jclouds.identity", ACCESS_KEY);
        properties.setProperty("jclouds.credential", SECRET_KEY);
        proxy = S3Proxy.builder()
                .blobStore(BlobStores.create("filesystem", properties))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .stopTimeout(0)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        settings = new S3Settings(BUCKET, Optional.of(URI.create("http://127.0.0.1:" + proxy.getPort())), "us-east-1",
                ACCESS_KEY, SECRET_KEY, Optional.empty(), true);
        try (S3Client admin = S3Client.builder()
                .endpointOverride(settings.endpoint().orElseThrow())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build()) {
            admin.createBucket(request -> request.bucket(BUCKET));
        }
        storage = S3MediaStorage.create(settings, Clock.systemUTC());
    }

    @AfterAll
    static void stop_s3proxy() throws Exception {
        if (storage != null) {
            storage.close();
        }
        if (proxy != null) {
            proxy.stop();
        }
    }

    /** One storage for the class; each test's keys carry a prefix of their own. */
    @Override
    protected MediaStorage storage() {
        return storage;
    }

    @Test
    void a_presigned_url_serves_the_bytes_to_a_plain_http_get() throws Exception {
        StorageKey key = key("original.jpg");
        byte[] content = bytes(50_000, 1);
        storage.put(key, file(content), "image/jpeg");

        URI url = storage.directUrl(key, Instant.now().plus(Duration.ofMinutes(5))).orElseThrow();

        assertThat(url.getQuery()).contains("X-Amz-Signature=").contains("X-Amz-Expires=300");
        assertThat(url.getPath()).isEqualTo("/" + BUCKET + "/" + key.value());
        HttpResponse<byte[]> response = get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void a_presigned_url_stops_working_once_it_expired() throws Exception {
        StorageKey key = key("original.jpg");
        storage.put(key, file(bytes(100, 2)), "image/jpeg");

        URI url = storage.directUrl(key, Instant.now().plusMillis(1100)).orElseThrow();
        Thread.sleep(3000);

        assertThat(get(url).statusCode()).isEqualTo(403);
    }

    @Test
    void a_url_without_a_signature_or_with_a_changed_key_is_refused() throws Exception {
        StorageKey key = key("original.jpg");
        storage.put(key, file(bytes(100, 3)), "image/jpeg");
        URI url = storage.directUrl(key, Instant.now().plus(Duration.ofMinutes(5))).orElseThrow();

        assertThat(get(URI.create(url.toString().replace("original.jpg", "other.jpg"))).statusCode()).isEqualTo(403);
        assertThat(get(URI.create(url.toString().substring(0, url.toString().indexOf('?')))).statusCode()).isEqualTo(403);
    }

    @Test
    void a_presigned_url_must_expire_in_the_future_and_within_seven_days() {
        StorageKey key = key("original.jpg");

        assertThatIllegalArgumentException().isThrownBy(() -> storage.directUrl(key, Instant.now().minusSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.directUrl(key, Instant.now().plus(Duration.ofDays(8))));
        assertThat(storage.directUrl(key, Instant.now().plus(Duration.ofDays(7)).minusSeconds(60))).isPresent();
    }

    @Test
    void with_a_public_url_hands_out_public_url_slash_key_without_asking_the_store() {
        StorageKey key = new StorageKey("media/ab/abcdefghijklmnop/original.jpg");
        try (S3MediaStorage cdn = S3MediaStorage.create(settings.withPublicUrl(URI.create("https://cdn.example/kith/")),
                Clock.systemUTC())) {

            assertThat(cdn.directUrl(key, Instant.EPOCH))
                    .hasValue(URI.create("https://cdn.example/kith/media/ab/abcdefghijklmnop/original.jpg"));
        }
        try (S3MediaStorage cdn = S3MediaStorage.create(settings.withPublicUrl(URI.create("https://cdn.example")),
                Clock.systemUTC())) {

            assertThat(cdn.directUrl(key, Instant.EPOCH))
                    .hasValue(URI.create("https://cdn.example/media/ab/abcdefghijklmnop/original.jpg"));
        }
    }

    @Test
    void a_missing_bucket_fails_puts_as_media_storage_failure() {
        try (S3MediaStorage elsewhere = S3MediaStorage.create(new S3Settings("no-such-bucket", settings.endpoint(),
                "us-east-1", ACCESS_KEY, SECRET_KEY, Optional.empty(), true), Clock.systemUTC())) {

            assertThatThrownBy(() -> elsewhere.put(key("a.jpg"), file(bytes(10, 4)), "image/jpeg"))
                    .isInstanceOf(MediaStorageFailure.class)
                    .hasMessageContaining("no-such-bucket");
        }
    }

    @Test
    void wrong_credentials_fail_every_call_as_media_storage_failure() {
        try (S3MediaStorage intruder = S3MediaStorage.create(new S3Settings(BUCKET, settings.endpoint(), "us-east-1",
                ACCESS_KEY, "not-the-secret", Optional.empty(), true), Clock.systemUTC())) {

            assertThatThrownBy(() -> intruder.put(key("a.jpg"), file(bytes(10, 5)), "image/jpeg"))
                    .isInstanceOf(MediaStorageFailure.class);
            assertThatThrownBy(() -> intruder.stat(key("a.jpg"))).isInstanceOf(MediaStorageFailure.class);
            assertThatThrownBy(() -> intruder.open(key("a.jpg"), 0, 10)).isInstanceOf(MediaStorageFailure.class);
            assertThatThrownBy(() -> intruder.delete(key("a.jpg"))).isInstanceOf(MediaStorageFailure.class);
        }
    }

    @Test
    void an_unreachable_store_fails_as_media_storage_failure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (S3MediaStorage nowhere = S3MediaStorage.create(new S3Settings(BUCKET,
                Optional.of(URI.create("http://127.0.0.1:" + closedPort)), "us-east-1", ACCESS_KEY, SECRET_KEY,
                Optional.empty(), true), Clock.systemUTC())) {

            assertThatThrownBy(() -> nowhere.stat(key("a.jpg"))).isInstanceOf(MediaStorageFailure.class);
        }
    }

    @Test
    void settings_refuse_nonsense_and_never_print_the_secret() {
        assertThat(settings.toString()).doesNotContain(SECRET_KEY).contains(ACCESS_KEY).contains("***");
        assertThatIllegalArgumentException().isThrownBy(() -> S3Settings.aws("Not_A_Bucket", "eu-central-1", "a", "s"));
        assertThatIllegalArgumentException().isThrownBy(() -> S3Settings.aws("kith", " ", "a", "s"));
        assertThatIllegalArgumentException().isThrownBy(() -> S3Settings.aws("kith", "eu-central-1", "a", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withPublicUrl(URI.create("/relative")));
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withPublicUrl(URI.create("ftp://cdn.example/")));
    }

    private static HttpResponse<byte[]> get(URI url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
