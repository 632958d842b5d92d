package dev.kith.adapter.s3;

import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.MediaStorageFailure;
import dev.kith.application.media.port.MissingObject;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.media.port.StoredObject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Keeps stored objects in an S3 bucket (AWS or any S3-compatible store), under their keys as they are.
 *
 * <p>A put sends the file as one {@code PutObject}, streamed from disk (S3 takes up to 5 GiB that
 * way) and atomic as S3 makes every write; the ETag is the one S3 gives (the MD5 of the bytes for such
 * uploads). Ranges are read with a {@code Range} header. Direct URLs are presigned {@code GET} URLs
 * signed with the settings' keys, or {@code publicUrl/<key>} when the settings name a public URL. Every
 * SDK error surfaces as a {@link MediaStorageFailure}; a {@code HEAD} cannot tell a missing bucket
 * from a missing object, so {@link #stat} answers empty for both.
 *
 * <p>Calls go through the JDK's {@code HttpURLConnection} (the SDK's url-connection client), so the
 * module brings neither Netty nor Apache HttpClient. Against a custom endpoint the SDK computes
 * checksums only where S3 requires them, as many S3-compatible stores refuse the newer default
 * checksum trailers. Thread-safe; {@link #close()} releases the client.
 */
public final class S3MediaStorage implements MediaStorage, AutoCloseable {

    /** The longest a SigV4 presigned URL may stay valid. */
    static final Duration LONGEST_SIGNATURE = Duration.ofDays(7);

    private final S3Client client;
    private final S3Presigner presigner;
    private final S3Settings settings;
    private final Clock clock;

    private S3MediaStorage(S3Client client, S3Presigner presigner, S3Settings settings, Clock clock) {
        this.client = client;
        this.presigner = presigner;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A storage on a new S3 client and presigner made from {@code settings}. Nothing is sent until
     * the first call: a wrong endpoint or key shows then, as a {@link MediaStorageFailure}.
     *
     * @param clock tells how long a presigned URL must stay valid to last until the {@code expiresAt}
     *     given to {@link #directUrl}
     */
    public static S3MediaStorage create(S3Settings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        Region region = Region.of(settings.region());
        S3ClientBuilder client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(region)
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle());
        S3Presigner.Builder presigner = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        settings.endpoint().ifPresent(endpoint -> {
            client.endpointOverride(endpoint)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            presigner.endpointOverride(endpoint);
        });
        S3Client built = client.build();
        try {
            return new S3MediaStorage(built, presigner.build(), settings, clock);
        } catch (RuntimeException e) {
            built.close();
            throw e;
        }
    }

    @Override
    public void put(StorageKey key, Path file, String contentType) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(file, "file");
        StoredObject.requireContentType(contentType);
        try {
            client.putObject(request -> request.bucket(settings.bucket()).key(key.value()).contentType(contentType),
                    RequestBody.fromFile(file));
        } catch (SdkException | UncheckedIOException e) {
            throw failure("put", key, e);
        }
    }

    @Override
    public Optional<StoredObject> stat(StorageKey key) {
        Objects.requireNonNull(key, "key");
        try {
            HeadObjectResponse head = client.headObject(request -> request.bucket(settings.bucket()).key(key.value()));
            return Optional.of(new StoredObject(head.contentLength(),
                    head.contentType() == null ? "application/octet-stream" : head.contentType(),
                    quoted(head.eTag()), head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("head", key, e);
        } catch (SdkException e) {
            throw failure("head", key, e);
        }
    }

    @Override
    public InputStream open(StorageKey key, long offset, long length) {
        Objects.requireNonNull(key, "key");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        if (length == 0) {
            if (stat(key).isEmpty()) {
                throw new MissingObject(key);
            }
            return InputStream.nullInputStream();
        }
        String range = length > Long.MAX_VALUE - offset ? "bytes=" + offset + "-" : "bytes=" + offset + "-" + (offset + length - 1);
        try {
            return new SdkErrorsAsIo(client.getObject(request -> request.bucket(settings.bucket()).key(key.value()).range(range)));
        } catch (NoSuchKeyException e) {
            throw new MissingObject(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new MissingObject(key);
            }
            if (e.statusCode() == 416) {
                return InputStream.nullInputStream();  // the object is there, and the range starts at or past its end
            }
            throw failure("get", key, e);
        } catch (SdkException e) {
            throw failure("get", key, e);
        }
    }

    @Override
    public void delete(StorageKey key) {
        Objects.requireNonNull(key, "key");
        try {
            client.deleteObject(request -> request.bucket(settings.bucket()).key(key.value()));
        } catch (SdkException e) {
            throw failure("delete", key, e);
        }
    }

    /**
     * {@code publicUrl/<key>} when the settings have a public URL (it never expires, and
     * {@code expiresAt} is not checked), otherwise a presigned {@code GET} URL valid from now (by the
     * clock) until {@code expiresAt}, rounded up to a whole second.
     */
    @Override
    public Optional<URI> directUrl(StorageKey key, Instant expiresAt) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (settings.publicUrl().isPresent()) {
            String base = settings.publicUrl().get().toString();
            return Optional.of(URI.create((base.endsWith("/") ? base : base + "/") + key.value()));
        }
        Duration valid = Duration.between(clock.instant(), expiresAt);
        if (valid.isNegative() || valid.isZero()) {
            throw new IllegalArgumentException("a presigned URL must expire in the future, not at " + expiresAt);
        }
        if (valid.compareTo(LONGEST_SIGNATURE) > 0) {
            throw new IllegalArgumentException("a presigned URL is valid for at most 7 days, not until " + expiresAt);
        }
        Duration seconds = Duration.ofSeconds(valid.getSeconds() + (valid.getNano() > 0 ? 1 : 0));
        try {
            return Optional.of(presigner.presignGetObject(presign -> presign
                    .signatureDuration(seconds)
                    .getObjectRequest(request -> request.bucket(settings.bucket()).key(key.value()))).url().toURI());
        } catch (SdkException | URISyntaxException e) {
            throw failure("presign", key, e);
        }
    }

    /** Closes the S3 client and the presigner; the storage is unusable afterwards. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            presigner.close();
        }
    }

    private MediaStorageFailure failure(String operation, StorageKey key, Exception e) {
        return new MediaStorageFailure("S3 " + operation + " of " + key + " in bucket " + settings.bucket() + " failed: "
                + e.getMessage(), e);
    }

    /** S3 quotes its ETags; some compatible stores do not. */
    private static String quoted(String etag) {
        if (etag == null || etag.isEmpty()) {
            throw new MediaStorageFailure("the store answered no ETag", null);
        }
        return etag.startsWith("\"") ? etag : '"' + etag + '"';
    }

    /**
     * A response body whose reads fail as {@link IOException}s, as {@link MediaStorage#open} promises,
     * and which drops the connection when closed before the end rather than reading the rest.
     */
    private static final class SdkErrorsAsIo extends FilterInputStream {
        private final ResponseInputStream<GetObjectResponse> response;
        private boolean ended;

        SdkErrorsAsIo(ResponseInputStream<GetObjectResponse> response) {
            super(response);
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                ended = b < 0;
                return b;
            } catch (SdkException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                int read = super.read(buffer, offset, length);
                ended = read < 0;
                return read;
            } catch (SdkException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (SdkException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (!ended) {
                    response.abort();
                }
                super.close();
            } catch (SdkException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
