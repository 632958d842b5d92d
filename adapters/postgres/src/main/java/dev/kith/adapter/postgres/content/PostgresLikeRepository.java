package dev.kith.adapter.postgres.content;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.PostId;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link LikeRepository} on the {@code likes} table. A like or unlike is one statement that moves the
 * post's {@code likes_count} only when its INSERT ... ON CONFLICT DO NOTHING or DELETE really changed a
 * row: concurrent likes of one account wait on the key and do nothing, concurrent unlikes find nothing,
 * so the count stays equal to the rows. Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresLikeRepository implements LikeRepository {

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresLikeRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public boolean add(LikeId id, PostId post, AccountId account, Instant now) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("WITH liked AS ("
                        + "INSERT INTO likes (id, post_id, account_id, created_at) VALUES (:id, :post, :account, :now) "
                        + "ON CONFLICT (post_id, account_id) DO NOTHING RETURNING 1), "
                        + "counted AS (UPDATE posts SET likes_count = likes_count + 1 WHERE id = :post AND EXISTS (SELECT 1 FROM liked)) "
                        + "SELECT count(*) FROM liked")
                .bind("id", id.value())
                .bind("post", post.value())
                .bind("account", account.value())
                .bind("now", timestamp(now))
                .mapTo(Integer.class)
                .one() == 1);
    }

    @Override
    public boolean remove(PostId post, AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("WITH unliked AS ("
                        + "DELETE FROM likes WHERE post_id = :post AND account_id = :account RETURNING 1), "
                        + "uncounted AS (UPDATE posts SET likes_count = likes_count - 1 WHERE id = :post AND EXISTS (SELECT 1 FROM unliked)) "
                        + "SELECT count(*) FROM unliked")
                .bind("post", post.value())
                .bind("account", account.value())
                .mapTo(Integer.class)
                .one() == 1);
    }
}
