package dev.kith.application.media;

import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.media.port.StoredObject;
import dev.kith.application.shared.Actor;
import dev.kith.domain.media.MediaErrors;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/** Opens a media file the server serves, for whoever holds a valid link to it (see {@link MediaLinks}). */
public final class OpenMediaFile {

    private final MediaStorage storage;
    private final MediaLinks links;

    OpenMediaFile(MediaStorage storage, MediaLinks links) {
        this.storage = storage;
        this.links = links;
    }

    /**
     * The file behind a link, if the link is valid: signed by this server for that key, and not expired.
     * The link is the permission (browsers fetch images without a token); the visibility policy decided
     * when it handed the link out.
     *
     * @param actor anyone
     * @param command the key, expiry and signature from the link
     * @return the file, to read whole or by ranges
     * @throws MediaErrors.MediaNotFound when the key is malformed, the link is invalid or expired, or the
     *     file is gone (404 either way: a link that no longer works says nothing)
     */
    public File execute(Actor actor, Command command) {
        StorageKey key;
        try {
            key = new StorageKey(command.key());
        } catch (IllegalArgumentException malformed) {
            throw new MediaErrors.MediaNotFound();
        }
        if (!links.permits(key, command.expires(), command.signature())) {
            throw new MediaErrors.MediaNotFound();
        }
        StoredObject info = storage.stat(key).orElseThrow(MediaErrors.MediaNotFound::new);
        return new File(key, info, storage, links.validFor(command.expires()));
    }

    /** A link's parts. */
    public record Command(String key, long expires, String signature) {
    }

    /** A stored file, described, to open whole or by byte ranges. */
    public static final class File {
        private final StorageKey key;
        private final StoredObject info;
        private final MediaStorage storage;
        private final Duration validFor;

        private File(StorageKey key, StoredObject info, MediaStorage storage, Duration validFor) {
            this.key = key;
            this.info = info;
            this.storage = storage;
            this.validFor = validFor;
        }

        /** How much longer the link it was opened with works: the longest a cache may keep the response. */
        public Duration validFor() {
            return validFor;
        }

        /** Its size, content type, ETag and date. */
        public StoredObject info() {
            return info;
        }

        /** Reads {@code length} bytes from {@code offset} (fewer at the end); the caller closes the stream. */
        public InputStream open(long offset, long length) {
            return storage.open(key, offset, length);
        }

        /** The key it is stored under. */
        public Optional<StorageKey> key() {
            return Optional.of(key);
        }
    }
}
