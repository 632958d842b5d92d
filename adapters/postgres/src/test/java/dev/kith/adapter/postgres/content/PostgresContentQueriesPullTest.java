package dev.kith.adapter.postgres.content;

import dev.kith.application.content.port.PostRepository;

/**
 * The content contract with every author read on read (fan-out on read from the first post, whatever
 * the number of followers): home-timeline pages merge the viewer's own feed with its followees' posts
 * through the flagged follows. Inherits the database and adapters.
 */
class PostgresContentQueriesPullTest extends PostgresContentQueriesTest {

    @Override
    protected PostRepository posts() {
        return new PostgresPostRepository(DB.jdbi(), 0);
    }
}
