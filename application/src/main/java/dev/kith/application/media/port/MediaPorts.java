package dev.kith.application.media.port;

import java.util.Objects;

/**
 * The ports of the media context. {@link dev.kith.application.media.MediaLibrary} wires itself from it;
 * every component is required.
 *
 * @param media the media rows
 * @param storage where the files are kept (local disk, S3)
 * @param processor what decides a file's type from its bytes and makes renditions and thumbnails
 */
public record MediaPorts(MediaRepository media, MediaStorage storage, MediaProcessor processor) {

    /** Refuses a missing port, by name. */
    public MediaPorts {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(processor, "processor");
    }
}
