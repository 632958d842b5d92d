package dev.kith.adapter.postgres.content;

import dev.kith.adapter.postgres.PostgresAdapters;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.testing.SocialPortsContract;

/**
 * The content contract with every author read on read (fan-out on read from the first post, whatever
 * the number of followers): home-timeline pages merge the viewer's own feed with its followees' posts
 * through the flagged follows. Inherits the database.
 */
class PostgresContentQueriesPullTest extends PostgresContentQueriesTest {

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return SocialAdapters.of(PostgresAdapters.on(DB.jdbi()).withHomeFeedFanOutLimit(0)).ports();
    }
}
