package dev.kith.domain.media;

import java.util.Objects;
import java.util.Optional;

/** A file format Kith accepts for uploads, with its media type, content type and file extension. */
public enum MediaFormat {
    JPEG(MediaType.IMAGE, "image/jpeg", "jpg"),
    PNG(MediaType.IMAGE, "image/png", "png"),
    WEBP(MediaType.IMAGE, "image/webp", "webp"),
    GIF(MediaType.IMAGE, "image/gif", "gif"),
    MP4(MediaType.VIDEO, "video/mp4", "mp4"),
    WEBM(MediaType.VIDEO, "video/webm", "webm");

    private final MediaType type;
    private final String contentType;
    private final String extension;

    MediaFormat(MediaType type, String contentType, String extension) {
        this.type = type;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** Whether files of this format are images or videos. */
    public MediaType type() {
        return type;
    }

    /** The content type files of this format are served with, such as {@code image/jpeg}. */
    public String contentType() {
        return contentType;
    }

    /** The file extension, without the dot, such as {@code jpg}. */
    public String extension() {
        return extension;
    }

    /** The format with exactly this content type (lower case, no parameters); empty for any other. */
    public static Optional<MediaFormat> ofContentType(String contentType) {
        Objects.requireNonNull(contentType, "contentType");
        for (MediaFormat format : values()) {
            if (format.contentType.equals(contentType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
