package dev.kith.application.export;

import dev.kith.application.export.port.ExportRepository;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import dev.kith.application.shared.port.Transactor;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.StorageKey;
import dev.kith.domain.export.Export;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Deletes the exports whose archives expired ({@link Export#KEPT} after they were ready): their rows at once,
 * their archives through the outbox, so a storage outage delays the deletion and loses none. Run it on a
 * schedule (the server does with its hourly housekeeping, on every node).
 */
public final class PurgeExpiredExports {

    /** The outbox topic that deletes one archive from the storage. */
    static final String DELETE_ARCHIVE = "export.delete_archive";

    static final int BATCH = 200;

    private final Transactor transactor;
    private final ExportRepository exports;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    PurgeExpiredExports(Transactor transactor, ExportRepository exports, Outbox outbox, IdGenerator ids, Clock clock) {
        this.transactor = transactor;
        this.exports = exports;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Deletes every export expired by now, in batches of 200, each its own transaction. Safe on several nodes
     * at once.
     *
     * @return how many were deleted
     */
    public int execute() {
        Instant now = clock.instant();
        int purged = 0;
        while (true) {
            int deleted = transactor.inTransaction(() -> {
                List<Export> batch = exports.deleteExpired(now, BATCH);
                for (Export export : batch) {
                    outbox.enqueue(OutboxMessage.of(new OutboxMessageId(ids.next()), DELETE_ARCHIVE,
                            Map.of("key", export.archiveKey()), now));
                }
                return batch.size();
            });
            purged += deleted;
            if (deleted < BATCH) {
                return purged;
            }
        }
    }

    /** The handler that deletes an archive's object (idempotent: an absent one is fine). */
    static OutboxHandler deletingFrom(MediaStorage storage) {
        return message -> storage.delete(new StorageKey(message.payload().get("key")));
    }
}
