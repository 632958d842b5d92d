package dev.kith.adapter.postgres.content;

import org.junit.jupiter.api.BeforeEach;

/**
 * The content contract with every home-timeline page read below the feeds' horizon: the precomputed
 * feeds are skipped and the fan-out-on-read statement (per-author branch) answers. Inherits the database
 * and adapters; the parent class covers the feeds, {@link PostgresContentQueriesPullTest} authors read on read.
 */
class PostgresContentQueriesBelowHorizonTest extends PostgresContentQueriesTest {

    @BeforeEach
    void everyPostBelowTheHorizon() {
        moveHorizonAboveEverything();
    }

    static void moveHorizonAboveEverything() {
        DB.jdbi().useHandle(handle -> handle.execute(
                "UPDATE home_feed_horizon SET post_id = 'ffffffff-ffff-ffff-ffff-ffffffffffff'"));
    }
}
