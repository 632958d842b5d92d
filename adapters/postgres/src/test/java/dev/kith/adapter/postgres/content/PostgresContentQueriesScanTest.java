package dev.kith.adapter.postgres.content;

import dev.kith.application.content.port.ContentQueries;
import org.junit.jupiter.api.BeforeEach;

/**
 * The content contract with every home-timeline page read below the feeds' horizon (so by fan-out on
 * read), taking the scan branch; {@link PostgresContentQueriesBelowHorizonTest} takes the per-author one.
 * Inherits the database and adapters.
 */
class PostgresContentQueriesScanTest extends PostgresContentQueriesTest {

    @BeforeEach
    void everyPostBelowTheHorizon() {
        PostgresContentQueriesBelowHorizonTest.moveHorizonAboveEverything();
    }

    @Override
    protected ContentQueries content() {
        return new PostgresContentQueries(DB.jdbi(), 0);
    }
}
