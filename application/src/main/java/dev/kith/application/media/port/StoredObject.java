package dev.kith.application.media.port;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link MediaStorage} knows about one stored object.
 *
 * @param size its length in bytes
 * @param contentType the media type it was put with, such as {@code image/jpeg}
 * @param etag a strong entity tag in HTTP's quoted form, such as {@code "9b2cf535f27731c9"}, ready for an
 *     {@code ETag} header: it changes whenever the bytes change (a store may also change it when the same
 *     bytes are put again)
 * @param lastModified when it was last put, as the store recorded it (S3 keeps whole seconds)
 */
public record StoredObject(long size, String contentType, String etag, Instant lastModified) {
    public StoredObject {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        requireContentType(contentType);
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        if (etag.length() < 3 || etag.charAt(0) != '"' || etag.charAt(etag.length() - 1) != '"'
                || etag.substring(1, etag.length() - 1).chars().anyMatch(c -> c == '"' || c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("etag must be a quoted strong entity tag: " + etag);
        }
    }

    /**
     * Checks a content type before it is stored, as {@link MediaStorage#put} does: not blank, at most 255
     * characters, printable ASCII only (it ends up in a response header).
     *
     * @return {@code contentType}
     * @throws IllegalArgumentException when it is not such a content type
     */
    public static String requireContentType(String contentType) {
        Objects.requireNonNull(contentType, "contentType");
        if (contentType.isBlank() || contentType.length() > 255 || !contentType.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new IllegalArgumentException("contentType must be 1 to 255 printable ASCII characters, not all blank");
        }
        return contentType;
    }
}
