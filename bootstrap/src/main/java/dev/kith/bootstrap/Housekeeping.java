package dev.kith.bootstrap;

import dev.kith.adapter.postgres.content.PostgresHomeFeedHorizon;
import dev.kith.application.Kith;
import dev.kith.application.account.PurgeExpiredTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the periodic clean-ups on one background thread: expired tokens, expired stories, and the home feeds' horizon
 * (what falls out of the precomputed timelines), hourly. Every node runs it; the work is idempotent.
 */
final class Housekeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final ScheduledExecutorService executor;

    Housekeeping(Kith kith, PostgresHomeFeedHorizon feeds, Clock clock, Duration firstRun, Duration interval) {
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kith-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            purge(kith);
            purgeStories(kith);
            advance(feeds, clock);
        }, firstRun.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void purge(Kith kith) {
        try {
            PurgeExpiredTokens.Purged purged = kith.accounts().purgeExpiredTokens().execute();
            if (purged.oneTimeTokens() + purged.logins() + purged.revocations() > 0) {
                LOG.info("housekeeping: deleted {} expired one-time tokens, {} expired logins and {} old revocations",
                        purged.oneTimeTokens(), purged.logins(), purged.revocations());
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
