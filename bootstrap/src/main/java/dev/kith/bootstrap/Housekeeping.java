package dev.kith.bootstrap;

import dev.kith.adapter.postgres.content.PostgresHomeFeedHorizon;
import dev.kith.application.Kith;
import dev.kith.application.account.PurgeExpiredTokens;
import dev.kith.application.notification.PurgeStreamLog;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the periodic clean-ups on one background thread: expired tokens, expired stories, exports past their
 * week, the stream log's
 * entries past their retention, and the home feeds' horizon (what falls out of the precomputed timelines), hourly; uploads attached to nothing for a
 * day, every few minutes. Every node runs it; the work is idempotent. At startup it also empties the
 * upload scratch directory of what a crash left behind.
 */
final class Housekeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final ScheduledExecutorService executor;

    /** How long a scratch file may lie about before it counts as left behind by a crash. */
    static final Duration SCRATCH_LIFETIME = Duration.ofDays(1);

    Housekeeping(Kith kith, PostgresHomeFeedHorizon feeds, Clock clock, Duration firstRun, Duration interval,
                 Duration mediaInterval) {
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kith-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            purge(kith);
            purgeStories(kith);
            purgeExports(kith);
            purgeStreamLog(kith);
            advance(feeds, clock);
        }, firstRun.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> purgeMedia(kith), firstRun.toMillis(), mediaInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static void purgeMedia(Kith kith) {
        try {
            int purged = kith.media().purgeUnattached().execute();
            if (purged > 0) {
                LOG.info("housekeeping: deleted {} uploads attached to nothing for a day", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("housekeeping of unattached uploads failed; trying again at the next run: {}", e.toString());
        }
    }

    /**
     * Deletes the files in {@code scratch} older than {@link #SCRATCH_LIFETIME}: uploads in flight when a
     * node crashed. Younger ones may belong to another node sharing the directory, and stay.
     *
     * @return how many were deleted
     */
    static int cleanScratch(Path scratch, Instant now) {
        if (!Files.isDirectory(scratch)) {
            return 0;
        }
        Instant cutoff = now.minus(SCRATCH_LIFETIME);
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(scratch)) {
            for (Path file : files) {
                try {
                    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
                        Files.delete(file);
                        deleted++;
                    }
                } catch (IOException e) {
                    LOG.warn("could not delete the leftover upload {}: {}", file, e.toString());
                }
            }
        } catch (IOException e) {
            LOG.warn("could not list the upload scratch directory {}: {}", scratch, e.toString());
        }
        if (deleted > 0) {
            LOG.info("deleted {} leftover uploads from {}", deleted, scratch);
        }
        return deleted;
    }

    private static void purge(Kith kith) {
        try {
            PurgeExpiredTokens.Purged purged = kith.accounts().purgeExpiredTokens().execute();
            if (purged.oneTimeTokens() + purged.logins() + purged.revocations() + purged.nameReservations() > 0) {
                LOG.info("housekeeping: deleted {} expired one-time tokens, {} expired logins, {} old revocations and {} "
                        + "ended reservations of erased accounts' names", purged.oneTimeTokens(), purged.logins(),
                        purged.revocations(), purged.nameReservations());
            }
        } catch (RuntimeException e) {
            LOG.warn("housekeeping failed; trying again at the next run: {}", e.toString());
        }
    }

    private static void purgeStories(Kith kith) {
        try {
            int purged = kith.stories().purgeExpired().execute();
            if (purged > 0) {
                LOG.info("housekeeping: deleted {} expired stories with their media", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("housekeeping of expired stories failed; trying again at the next run: {}", e.toString());
        }
    }

    private static void purgeExports(Kith kith) {
        try {
            int purged = kith.exports().purgeExpired().execute();
            if (purged > 0) {
                LOG.info("housekeeping: deleted {} exports kept for a week (their archives go through the outbox)", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("housekeeping of expired exports failed; trying again at the next run: {}", e.toString());
        }
    }

    private static void purgeStreamLog(Kith kith) {
        try {
            int purged = kith.notifications().purgeStreamLog().execute();
            if (purged > 0) {
                LOG.info("housekeeping: deleted {} stream log entries older than {} hours", purged,
                        PurgeStreamLog.RETENTION.toHours());
            }
        } catch (RuntimeException e) {
            LOG.warn("housekeeping of the stream log failed; trying again at the next run: {}", e.toString());
        }
    }

    private static void advance(PostgresHomeFeedHorizon feeds, Clock clock) {
        try {
            long deleted = feeds.advance(clock.instant());
            if (deleted > 0) {
                LOG.info("housekeeping: {} home-feed rows older than {} days left the precomputed timelines",
                        deleted, feeds.retention().toDays());
            }
        } catch (RuntimeException e) {
            LOG.warn("housekeeping of the home feeds failed; trying again at the next run: {}", e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
