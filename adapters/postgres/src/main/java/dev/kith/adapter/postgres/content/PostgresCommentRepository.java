package dev.kith.adapter.postgres.content;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.PostId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link CommentRepository} on {@code comments} and {@code comment_mentions}, keeping the post's
 * {@code comments_count} in step with the rows added and deleted, replies included. Thread-safe; joins
 * the transaction running on the calling thread.
 */
public final class PostgresCommentRepository implements CommentRepository {

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresCommentRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(Comment comment) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("WITH comment AS ("
                        + "INSERT INTO comments (id, post_id, parent_id, author_id, text, created_at) "
                        + "VALUES (:id, :post, :parent, :author, :text, :createdAt)), "
                        + "mentioned AS (INSERT INTO comment_mentions (comment_id, account_id) "
                        + "SELECT :id, m FROM unnest(CAST(:mentions AS uuid[])) AS m) "
                        + "UPDATE posts SET comments_count = comments_count + 1 WHERE id = :post")
                .bind("id", comment.id().value())
                .bind("post", comment.post().value())
                .bind("parent", comment.parent().map(CommentId::value).orElse(null))
                .bind("author", comment.author().value())
                .bind("text", comment.text())
                .bind("createdAt", timestamp(comment.createdAt()))
                .bind("mentions", comment.mentions().stream().map(AccountId::value).toArray(UUID[]::new))
                .execute());
    }

    @Override
    public Optional<Comment> find(CommentId id) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT c.id, c.post_id, c.parent_id, c.author_id, c.text, "
                        + "c.created_at, ARRAY(SELECT m.account_id FROM comment_mentions m WHERE m.comment_id = c.id) AS mentions "
                        + "FROM comments c WHERE c.id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> new Comment(
                        new CommentId(rs.getObject("id", UUID.class)),
                        new PostId(rs.getObject("post_id", UUID.class)),
                        Optional.ofNullable(rs.getObject("parent_id", UUID.class)).map(CommentId::new),
                        new AccountId(rs.getObject("author_id", UUID.class)),
                        rs.getString("text"),
                        new HashSet<>(Rows.uuids(rs, "mentions").stream().map(AccountId::new).toList()),
                        Sql.instant(rs, "created_at")))
                .findOne());
    }

    @Override
    public int delete(CommentId id) {
        return Sql.withHandle(jdbi, handle -> {
            // Locking the comment first makes a reply being added to it wait (its foreign-key check needs a
            // share lock on this row), and the next statement, on a fresh snapshot, sees every reply that
            // got in before: so every reply the cascade would take is deleted and uncounted here.
            Optional<UUID> post = handle.createQuery("SELECT post_id FROM comments WHERE id = :id FOR UPDATE")
                    .bind("id", id.value())
                    .mapTo(UUID.class)
                    .findOne();
            if (post.isEmpty()) {
                return 0;
            }
            return handle.createQuery("WITH deleted AS (DELETE FROM comments WHERE id = :id OR parent_id = :id RETURNING id), "
                            + "uncounted AS (UPDATE posts SET comments_count = comments_count - (SELECT count(*) FROM deleted) "
                            + "WHERE id = :post AND EXISTS (SELECT 1 FROM deleted)) "
                            + "SELECT count(*) FROM deleted")
                    .bind("id", id.value())
                    .bind("post", post.get())
                    .mapTo(Integer.class)
                    .one();
        });
    }
}
