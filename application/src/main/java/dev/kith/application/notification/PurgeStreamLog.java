package dev.kith.application.notification;

import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.shared.port.Transactor;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes the stream log's entries older than {@link #RETENTION}: a client away longer than that is told to
 * refetch instead of catching up. Run it on a schedule (the server does hourly, on every node).
 */
public final class PurgeStreamLog {

    /** How long a client may be away and still catch up on everything it missed. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private final Transactor transactor;
    private final StreamLog log;
    private final Clock clock;

    PurgeStreamLog(Transactor transactor, StreamLog log, Clock clock) {
        this.transactor = transactor;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Deletes what is past the retention.
     *
     * @return how many entries went
     */
    public int execute() {
        return transactor.inTransaction(() -> log.purgeBefore(clock.instant().minus(RETENTION)));
    }
}
