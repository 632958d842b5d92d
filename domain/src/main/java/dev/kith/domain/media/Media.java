package dev.kith.domain.media;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.shared.PlainText;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An uploaded image or video as stored: its file (for an image, the re-encoded display rendition; for a
 * video, the upload itself), an optional thumbnail, what was read from it, its alt text, and whether a
 * post, avatar or story uses it. Files are named by opaque storage keys. Immutable: changes return a copy.
 *
 * @param file the storage key of the file served as the media
 * @param format the format of that file (an uploaded WebP is served as PNG or JPEG)
 * @param size the size of that file in bytes
 * @param thumbnail the storage key of the thumbnail, when there is one (a video without ffmpeg has none)
 * @param attached whether a post, an avatar or a story uses it; unattached media are deleted after a day
 */
public record Media(MediaId id, AccountId owner, MediaType type, MediaState state, String file, MediaFormat format,
                    long size, Optional<String> thumbnail, int width, int height, Optional<Duration> duration,
                    Optional<String> blurhash, Optional<String> description, boolean attached, Instant createdAt) {

    /** The longest alt text, in code points. */
    public static final int DESCRIPTION_MAX = 1_500;

    /** How long an upload may wait to be attached before it is deleted. */
    public static final Duration UNATTACHED_LIFETIME = Duration.ofHours(24);

    public Media {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(blurhash, "blurhash");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(createdAt, "createdAt");
        if (format.type() != type) {
            throw new IllegalArgumentException("a " + type + " stored as " + format);
        }
        if (size < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("size, width and height must be positive");
        }
    }

    /**
     * Validates and normalizes alt text: up to {@link #DESCRIPTION_MAX} characters, one or more lines; blank
     * is none.
     */
    public static Optional<String> validDescription(String description) {
        if (description == null) {
            return Optional.empty();
        }
        String text = PlainText.require("description", description, 0, DESCRIPTION_MAX, true).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** This media with other alt text. */
    public Media describedAs(Optional<String> text) {
        return new Media(id, owner, type, state, file, format, size, thumbnail, width, height, duration, blurhash, text,
                attached, createdAt);
    }

    /** This media, processing done, with the thumbnail and blurhash it got (none when no frame could be made). */
    public Media ready(Optional<String> thumbnailFile, Optional<String> placeholder) {
        return new Media(id, owner, type, MediaState.READY, file, format, size, thumbnailFile, width, height, duration,
                placeholder, description, attached, createdAt);
    }

    /** This media, its processing given up. */
    public Media failed() {
        return new Media(id, owner, type, MediaState.FAILED, file, format, size, thumbnail, width, height, duration,
                blurhash, description, attached, createdAt);
    }

    /** Every storage key this media's files are under. */
    public java.util.List<String> files() {
        return thumbnail.map(thumb -> java.util.List.of(file, thumb)).orElseGet(() -> java.util.List.of(file));
    }
}
