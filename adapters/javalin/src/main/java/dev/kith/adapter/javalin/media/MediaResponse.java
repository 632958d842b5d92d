package dev.kith.adapter.javalin.media;

import dev.kith.application.media.MediaLinks;
import dev.kith.application.media.port.StorageKey;
import dev.kith.domain.media.Media;
import java.time.Instant;
import java.util.Locale;

/**
 * An uploaded image or video. Its URLs expire (see {@code docs/api.md}): fetch them again with what holds
 * the media.
 *
 * @param type {@code image} or {@code video}
 * @param state {@code processing} (a video's poster frame is being made), {@code ready} or {@code failed}
 * @param url the file (an image re-encoded without metadata, at most 2,048 px; a video as uploaded)
 * @param thumbnailUrl about 400 px; null for a video while processing or without ffmpeg on the server
 * @param size the file's size in bytes
 * @param durationMs a video's length in milliseconds; null for an image
 * @param blurhash a placeholder to draw while the image loads; null when there is no picture
 * @param description alt text, or null
 */
public record MediaResponse(String id, String type, String state, String url, String thumbnailUrl, int width, int height,
                            long size, String contentType, Long durationMs, String blurhash, String description,
                            Instant createdAt) {

    /** The media as the API shows it, with links valid for an hour or two. */
    public static MediaResponse of(Media media, MediaLinks links) {
        return of(media, links, Instant.MAX);
    }

    /**
     * The media as the API shows it, with links valid for an hour or two but never past {@code notAfter}: the
     * end of what holds the media, such as a story's expiry.
     */
    public static MediaResponse of(Media media, MediaLinks links, Instant notAfter) {
        return new MediaResponse(media.id().toString(), media.type().name().toLowerCase(Locale.ROOT),
                media.state().name().toLowerCase(Locale.ROOT), links.url(new StorageKey(media.file()), notAfter).toString(),
                media.thumbnail().map(StorageKey::new).map(key -> links.url(key, notAfter)).map(Object::toString).orElse(null),
                media.width(), media.height(), media.size(), media.format().contentType(),
                media.duration().map(d -> d.toMillis()).orElse(null), media.blurhash().orElse(null),
                media.description().orElse(null), media.createdAt());
    }
}
