package dev.kith.adapter.postgres.account;

import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.adapter.postgres.internal.HomeFeedFanOut;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.account.port.AccountErasure;
import dev.kith.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link AccountErasure} on the social tables. The foreign keys would cascade the rows away with the
 * account anyway; what this adds is taking back what those rows counted on the accounts and posts that
 * remain. Its media, stories, group memberships and notifications are erased by their own contexts (on
 * {@code AccountEvent.AccountErased}, earlier in the same transaction). Thread-safe; joins the transaction
 * running on the calling thread.
 */
public final class PostgresAccountErasure implements AccountErasure {

    // Its own posts first: the comments and likes on them go by cascade and need no uncounting.
    private static final String POSTS = "DELETE FROM posts WHERE author_id = :account";

    // Makes replies being added to its comments wait, so that the next statement sees and counts them all
    // (see PostgresCommentRepository.delete).
    private static final String LOCK_COMMENTS = "SELECT id FROM comments WHERE author_id = :account FOR UPDATE";

    private static final String COMMENTS = "WITH deleted AS ("
            + "DELETE FROM comments WHERE author_id = :account "
            + "OR parent_id IN (SELECT id FROM comments WHERE author_id = :account) RETURNING post_id), "
            + "per_post AS (SELECT post_id, count(*) AS n FROM deleted GROUP BY post_id) "
            + "UPDATE posts p SET comments_count = p.comments_count - per_post.n FROM per_post WHERE p.id = per_post.post_id";

    private static final String LIKES = "WITH deleted AS (DELETE FROM likes WHERE account_id = :account RETURNING post_id), "
            + "per_post AS (SELECT post_id, count(*) AS n FROM deleted GROUP BY post_id) "
            + "UPDATE posts p SET likes_count = p.likes_count - per_post.n FROM per_post WHERE p.id = per_post.post_id";

    // Only accepted follows counted; each other account loses at most one follower and one followee.
    private static final String FOLLOWS = "WITH deleted AS ("
            + "DELETE FROM follows WHERE follower_id = :account OR followee_id = :account "
            + "RETURNING follower_id, followee_id, state), "
            + "per_account AS (SELECT CASE WHEN follower_id = :account THEN followee_id ELSE follower_id END AS other, "
            + "count(*) FILTER (WHERE follower_id = :account) AS followers_lost, "
            + "count(*) FILTER (WHERE followee_id = :account) AS following_lost "
            + "FROM deleted WHERE " + VisibilitySql.accepted(null) + " GROUP BY 1) "
            + "UPDATE accounts a SET followers_count = a.followers_count - per_account.followers_lost, "
            + "following_count = a.following_count - per_account.following_lost "
            + "FROM per_account WHERE a.id = per_account.other";

    private static final String REST = "WITH blocks_gone AS ("
            + "DELETE FROM blocks WHERE blocker_id = :account OR blocked_id = :account), "
            + "post_mentions_gone AS (DELETE FROM post_mentions WHERE account_id = :account) "
            + "DELETE FROM comment_mentions WHERE account_id = :account";

    private final Jdbi jdbi;

    /** An erasure on the database of {@code jdbi}. */
    public PostgresAccountErasure(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void eraseEverythingOf(AccountId account, Instant now) {
        Sql.useHandle(jdbi, handle -> {
            // While its follows still tell which feeds hold its posts.
            HomeFeedFanOut.erase(handle, account.value());
            handle.createUpdate(POSTS).bind("account", account.value()).execute();
            handle.createQuery(LOCK_COMMENTS).bind("account", account.value()).mapTo(UUID.class).list();
            for (String sql : new String[] {COMMENTS, LIKES, FOLLOWS, REST}) {
                handle.createUpdate(sql).bind("account", account.value()).execute();
            }
        });
    }
}
