package dev.kith.adapter.javalin.media;

import static dev.kith.adapter.javalin.media.MediaRoutesTest.fetch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.s3.S3MediaStorage;
import dev.kith.adapter.s3.S3Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
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

/** The same serving, from S3 (S3Proxy in this JVM): the API hands out presigned S3 URLs. */
class MediaServingS3Test extends MediaServingContract {

    private static final String ACCESS_KEY = "kith-access-key";
    private static final String SECRET_KEY = "kith-secret-key-for-tests";
    private static final String BUCKET = "kith-media";

    @TempDir
    static Path blobs;

    @TempDir
    Path scratch;

    private static S3Proxy proxy;
    private static S3MediaStorage storage;

    @BeforeAll
    static void start_s3proxy() throws Exception {
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
        URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        try (S3Client admin = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build()) {
            admin.createBucket(request -> request.bucket(BUCKET));
        }
        storage = S3MediaStorage.create(new S3Settings(BUCKET, Optional.of(URI.create("http://127.0.0.1:" + proxy.getPort())),
                "us-east-1", ACCESS_KEY, SECRET_KEY, Optional.empty(), true), Clock.systemUTC());
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

    @Override
    protected TestServer start() {
        // presigned URLs are signed with the real time: the core's clock starts now
        return MediaTestServers.start(Instant.now(), scratch, 10L * 1024 * 1024, 100L * 1024 * 1024, Optional.of(storage));
    }

    @Test
    void the_api_hands_out_presigned_urls_of_the_store() {
        String url = video().get("url").asText();

        assertThat(url).startsWith("http://127.0.0.1:" + proxy.getPort() + "/" + BUCKET + "/media/");
        assertThat(url).contains("X-Amz-Signature=");
        assertThat(fetch(server, url).expect(200).bytes()).hasSize(100_000);
    }
}
