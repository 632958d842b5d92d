package dev.kith.adapter.postgres.content;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.ContentQueriesContract;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.shared.port.Transactor;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The content contract with the home timeline always taking its scan branch (the other tests take the
 * per-author branch, as their viewers follow few accounts).
 */
class PostgresContentQueriesScanTest extends ContentQueriesContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    // Adapters are stateless views of the Jdbi: fresh ones per call cost nothing.
    private static SocialAdapters adapters() {
        return SocialAdapters.on(DB.jdbi());
    }

    @Override
    protected AccountRepository accounts() {
        return adapters().accounts();
    }

    @Override
    protected FollowRepository follows() {
        return adapters().follows();
    }

    @Override
    protected BlockRepository blocks() {
        return adapters().blocks();
    }

    @Override
    protected PostRepository posts() {
        return adapters().posts();
    }

    @Override
    protected CommentRepository comments() {
        return adapters().comments();
    }

    @Override
    protected LikeRepository likes() {
        return adapters().likes();
    }

    @Override
    protected ContentQueries content() {
        return new PostgresContentQueries(DB.jdbi(), 0);
    }

    @Override
    protected Transactor transactor() {
        return adapters().transactor();
    }
}
