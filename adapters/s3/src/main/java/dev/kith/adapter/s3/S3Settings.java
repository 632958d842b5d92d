package dev.kith.adapter.s3;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how {@link S3MediaStorage} reaches its bucket: AWS itself, or any S3-compatible store
 * (MinIO, Ceph, R2, S3Proxy) through {@code endpoint}.
 *
 * @param bucket the bucket that holds every object; it must exist already
 * @param endpoint the store's base URL, such as {@code http://minio:9000}; empty for AWS, which the
 *     region then names
 * @param region the signing region, such as {@code eu-central-1}; S3-compatible stores mostly accept
 *     {@code us-east-1}
 * @param accessKey the access key id
 * @param secretKey the secret access key; {@link #toString()} never shows it
 * @param publicUrl where the bucket's objects are served publicly (a CDN or a public-read bucket), so
 *     that {@code publicUrl/<key>} fetches an object without a signature; empty to hand out presigned URLs
 * @param pathStyle whether to address the bucket as {@code endpoint/bucket/key} rather than
 *     {@code bucket.endpoint/key}; most S3-compatible stores need it
 */
public record S3Settings(String bucket, Optional<URI> endpoint, String region, String accessKey, String secretKey,
        Optional<URI> publicUrl, boolean pathStyle) {

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    /** @throws IllegalArgumentException when a value is blank, the bucket is no bucket name, or a URL is not absolute HTTP(S) */
    public S3Settings {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("not an S3 bucket name: " + bucket);
        }
        if (region.isBlank() || accessKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalArgumentException("the S3 region, access key and secret key must not be blank");
        }
        endpoint.ifPresent(url -> requireHttp("endpoint", url));
        publicUrl.ifPresent(url -> requireHttp("publicUrl", url));
    }

    /** Settings for AWS S3 itself: no endpoint, no public URL, virtual-host addressing. */
    public static S3Settings aws(String bucket, String region, String accessKey, String secretKey) {
        return new S3Settings(bucket, Optional.empty(), region, accessKey, secretKey, Optional.empty(), false);
    }

    /** These settings with objects served from {@code publicUrl} instead of presigned URLs. */
    public S3Settings withPublicUrl(URI publicUrl) {
        return new S3Settings(bucket, endpoint, region, accessKey, secretKey, Optional.of(publicUrl), pathStyle);
    }

    private static void requireHttp(String name, URI url) {
        if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL: " + url);
        }
    }

    @Override
    public String toString() {
        return "S3Settings[bucket=" + bucket + ", endpoint=" + endpoint + ", region=" + region + ", accessKey=" + accessKey
                + ", secretKey=***, publicUrl=" + publicUrl + ", pathStyle=" + pathStyle + "]";
    }
}
