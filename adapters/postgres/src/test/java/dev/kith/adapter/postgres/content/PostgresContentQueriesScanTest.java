package dev.kith.adapter.postgres.content;

import dev.kith.application.content.port.ContentQueries;

/**
 * The content contract with the home timeline always taking its scan branch (the other tests take the
 * per-author branch, as their viewers follow few accounts). Inherits the database and adapters.
 */
class PostgresContentQueriesScanTest extends PostgresContentQueriesTest {

    @Override
    protected ContentQueries content() {
        return new PostgresContentQueries(DB.jdbi(), 0);
    }
}
