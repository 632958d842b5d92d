package dev.kith.application.media;

import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.media.Media;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Deletes uploads that nothing used within {@link Media#UNATTACHED_LIFETIME}: their rows at once, their
 * files through the outbox. Run it on a schedule (the server does every few minutes, on every node).
 */
public final class PurgeUnattachedMedia {

    private static final int BATCH = 200;

    private final Transactor transactor;
    private final MediaRepository media;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    PurgeUnattachedMedia(Transactor transactor, MediaRepository media, Outbox outbox, IdGenerator ids, Clock clock) {
        this.transactor = transactor;
        this.media = media;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Deletes every unattached upload older than a day, in batches of 200, each its own transaction.
     *
     * @return how many were deleted
     */
    public int execute() {
        Instant now = clock.instant();
        int purged = 0;
        while (true) {
            List<Media> deleted = transactor.inTransaction(() -> {
                List<Media> batch = media.deleteUnattachedBefore(now.minus(Media.UNATTACHED_LIFETIME), BATCH);
                Attachments.queueFileDeletion(batch, outbox, ids, now);
                return batch;
            });
            purged += deleted.size();
            if (deleted.size() < BATCH) {
                return purged;
            }
        }
    }
}
