package dev.kith.application.export;

import dev.kith.application.export.port.ExportRepository;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.media.port.StoredObject;
import dev.kith.application.shared.Actor;
import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportErrors;
import dev.kith.domain.export.ExportId;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Opens the archive of a ready export for its owner. */
public final class OpenExportArchive {

    private final ExportRepository exports;
    private final MediaStorage storage;
    private final Clock clock;

    OpenExportArchive(ExportRepository exports, MediaStorage storage, Clock clock) {
        this.exports = exports;
        this.storage = storage;
        this.clock = clock;
    }

    /**
     * The archive of the export, to stream to its owner. Only a ready export has one: a pending or running
     * export's archive is never visible, even when a crashed attempt left one behind.
     *
     * @param actor the export's owner
     * @param exportId the export's id, as the API shows it
     * @throws ExportErrors.ExportNotFound when there is no such export, it is another account's, it is not
     *     ready, it expired, or its archive is gone
     */
    public Archive execute(Actor actor, String exportId) {
        ExportId id = ExportIds.parse(exportId);
        var account = actor.requireAccount();
        Instant now = clock.instant();
        Export export = exports.find(id).filter(e -> e.account().equals(account)).filter(e -> e.downloadable(now))
                .orElseThrow(ExportErrors.ExportNotFound::new);
        return open(export, storage);
    }

    /** The stored archive of a downloadable export; not found when its file is gone. */
    static Archive open(Export export, MediaStorage storage) {
        StorageKey key = new StorageKey(export.archiveKey());
        StoredObject info = storage.stat(key).orElseThrow(ExportErrors.ExportNotFound::new);
        return new Archive(export, info, storage, key);
    }

    /** A stored archive: its size, and its bytes to stream. */
    public static final class Archive {
        private final Export export;
        private final StoredObject info;
        private final MediaStorage storage;
        private final StorageKey key;

        private Archive(Export export, StoredObject info, MediaStorage storage, StorageKey key) {
            this.export = Objects.requireNonNull(export);
            this.info = info;
            this.storage = storage;
            this.key = key;
        }

        /** The file name to offer, such as {@code kith-export-2026-12-05.zip}. */
        public String fileName() {
            return "kith-export-" + export.readyAt().orElseThrow().toString().substring(0, 10) + ".zip";
        }

        /** Its size in bytes. */
        public long size() {
            return info.size();
        }

        /** Reads it from the start; the caller closes the stream. */
        public InputStream open() {
            return storage.open(key, 0, Long.MAX_VALUE);
        }
    }
}
