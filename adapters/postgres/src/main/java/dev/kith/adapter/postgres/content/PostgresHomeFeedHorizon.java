package dev.kith.adapter.postgres.content;

import dev.kith.adapter.postgres.internal.Sql;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The horizon of the precomputed home timelines: the feeds hold the posts newer than it, and a timeline
 * page that reaches it reads the older posts on read. Call {@link #advance(Instant)} now and then (the
 * server does, hourly) so that the feeds keep only about {@link #retention()} of posts. Thread-safe.
 *
 * <p>The horizon only moves forward. Lengthening the retention therefore takes effect as time passes;
 * shortening it, at the next {@link #advance(Instant)}. Either way timelines stay complete: only which
 * statement reads a page changes.
 */
public final class PostgresHomeFeedHorizon {

    /** How far back the feeds reach unless told otherwise. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(3);

    private final Jdbi jdbi;
    private final Duration retention;

    /** The feeds of the database of {@code jdbi}, keeping {@code retention} of posts. */
    public PostgresHomeFeedHorizon(Jdbi jdbi, Duration retention) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive: " + retention);
        }
    }

    /** How much of the past the feeds keep. */
    public Duration retention() {
        return retention;
    }

    /**
     * Moves the horizon up to {@code now} less the retention, if it is below, and deletes the feed rows
     * that fall under it, in one transaction.
     *
     * @return how many feed rows were deleted
     */
    public long advance(Instant now) {
        UUID horizon = horizonAt(now.minus(retention));
        return Sql.withHandle(jdbi, handle -> handle.createQuery("WITH moved AS ("
                        + "UPDATE home_feed_horizon SET post_id = :horizon WHERE post_id < :horizon RETURNING post_id), "
                        + "deleted AS (DELETE FROM home_feed WHERE post_id <= (SELECT post_id FROM moved) RETURNING 1) "
                        + "SELECT count(*) FROM deleted")
                .bind("horizon", horizon)
                .mapTo(Long.class)
                .one());
    }

    /** The current horizon. */
    public UUID horizon() {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT post_id FROM home_feed_horizon")
                .mapTo(UUID.class)
                .one());
    }

    /**
     * The smallest version 7 UUID of the millisecond of {@code instant}: every time-ordered id made at or
     * after that instant is greater (PostgreSQL compares uuids as unsigned bytes).
     */
    public static UUID horizonAt(Instant instant) {
        return new UUID(Math.max(0, instant.toEpochMilli()) << 16, 0);
    }
}
