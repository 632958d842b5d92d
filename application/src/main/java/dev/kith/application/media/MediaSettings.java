package dev.kith.application.media;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the media context behaves: the upload limits, where uploads are spooled while they are checked, and
 * the key that signs the server's media links (the same on every node).
 *
 * @param maxImageBytes the largest image upload, in bytes (default 10 MiB)
 * @param maxVideoBytes the largest video upload, in bytes (default 100 MiB)
 * @param scratch a directory for uploads in flight (a temporary file each, deleted when done)
 * @param linkKey at least 32 bytes that sign the links to media files the server serves
 */
public record MediaSettings(long maxImageBytes, long maxVideoBytes, Path scratch, byte[] linkKey) {

    /** The default limit of image uploads. */
    public static final long DEFAULT_MAX_IMAGE_BYTES = 10L * 1024 * 1024;

    /** The default limit of video uploads. */
    public static final long DEFAULT_MAX_VIDEO_BYTES = 100L * 1024 * 1024;

    public MediaSettings {
        if (maxImageBytes < 1 || maxVideoBytes < 1) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
        Objects.requireNonNull(scratch, "scratch");
        Objects.requireNonNull(linkKey, "linkKey");
        if (linkKey.length < 32) {
            throw new IllegalArgumentException("the link key needs at least 32 bytes");
        }
        linkKey = linkKey.clone();
    }

    /** The default limits, spooling to {@code scratch}, signing with {@code linkKey}. */
    public static MediaSettings defaults(Path scratch, byte[] linkKey) {
        return new MediaSettings(DEFAULT_MAX_IMAGE_BYTES, DEFAULT_MAX_VIDEO_BYTES, scratch, linkKey);
    }

    /** The largest upload of any type. */
    public long maxUploadBytes() {
        return Math.max(maxImageBytes, maxVideoBytes);
    }

    @Override
    public byte[] linkKey() {
        return linkKey.clone();
    }

    @Override
    public String toString() {
        return "MediaSettings[maxImageBytes=" + maxImageBytes + ", maxVideoBytes=" + maxVideoBytes + ", scratch=" + scratch + "]";
    }
}
