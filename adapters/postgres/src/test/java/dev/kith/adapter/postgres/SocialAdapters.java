package dev.kith.adapter.postgres;

import dev.kith.adapter.postgres.account.PostgresAccountErasure;
import dev.kith.adapter.postgres.account.PostgresAccountRepository;
import dev.kith.adapter.postgres.content.PostgresCommentRepository;
import dev.kith.adapter.postgres.content.PostgresContentQueries;
import dev.kith.adapter.postgres.content.PostgresLikeRepository;
import dev.kith.adapter.postgres.content.PostgresPostRepository;
import dev.kith.adapter.postgres.graph.PostgresBlockRepository;
import dev.kith.adapter.postgres.graph.PostgresFollowRepository;
import dev.kith.adapter.postgres.graph.PostgresGraphQueries;
import dev.kith.adapter.postgres.profile.PostgresProfileQueries;
import dev.kith.adapter.postgres.shared.JdbiTransactor;
import org.jdbi.v3.core.Jdbi;

/** Every social adapter on one {@link Jdbi}, as bootstrap wires them, for the tests. */
public record SocialAdapters(PostgresAccountRepository accounts, PostgresFollowRepository follows,
                             PostgresBlockRepository blocks, PostgresGraphQueries graph, PostgresProfileQueries profiles,
                             PostgresPostRepository posts, PostgresCommentRepository comments, PostgresLikeRepository likes,
                             PostgresContentQueries content, PostgresAccountErasure erasure, JdbiTransactor transactor) {

    /** The adapters on {@code jdbi}. */
    public static SocialAdapters on(Jdbi jdbi) {
        return new SocialAdapters(new PostgresAccountRepository(jdbi), new PostgresFollowRepository(jdbi),
                new PostgresBlockRepository(jdbi), new PostgresGraphQueries(jdbi), new PostgresProfileQueries(jdbi),
                new PostgresPostRepository(jdbi), new PostgresCommentRepository(jdbi), new PostgresLikeRepository(jdbi),
                new PostgresContentQueries(jdbi), new PostgresAccountErasure(jdbi), new JdbiTransactor(jdbi));
    }
}
