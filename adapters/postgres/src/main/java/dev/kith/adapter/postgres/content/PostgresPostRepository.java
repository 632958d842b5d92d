package dev.kith.adapter.postgres.content;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.content.port.PostRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.shared.MediaId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link PostRepository} on {@code posts} and {@code post_mentions}, keeping the author's {@code posts_count}
 * in the same statement; a deleted post's comments, likes and mentions go by {@code ON DELETE CASCADE}.
 * The home timelines are not its business: {@link PostgresHomeFeed} keeps them from the content events.
 * Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresPostRepository implements PostRepository {

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresPostRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(Post post) {
        UUID id = post.id().value();
        UUID author = post.author().value();
        // The author's row first: a post then orders against a concurrent follow of its author (see
        // HomeFeedFanOut). The mentions' foreign key is checked at the end of the statement, when the post
        // row exists.
        Sql.useHandle(jdbi, handle -> handle.createUpdate("WITH counted AS ("
                        + "UPDATE accounts SET posts_count = posts_count + 1 WHERE id = :author RETURNING id), "
                        + "post AS (INSERT INTO posts (id, author_id, text, media_ids, group_id, created_at) "
                        + "VALUES (:id, :author, :text, :media, :group, :createdAt)) "
                        + "INSERT INTO post_mentions (post_id, account_id) "
                        + "SELECT :id, m FROM unnest(CAST(:mentions AS uuid[])) AS m")
                .bind("id", id)
                .bind("author", author)
                .bind("text", post.text())
                .bind("media", post.media().stream().map(MediaId::value).toArray(UUID[]::new))
                .bind("group", post.group().map(GroupId::value).orElse(null))
                .bind("createdAt", timestamp(post.createdAt()))
                .bind("mentions", post.mentions().stream().map(AccountId::value).toArray(UUID[]::new))
                .execute());
    }

    @Override
    public Optional<Post> find(PostId id) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT p.id, p.author_id, p.text, p.media_ids, p.group_id, "
                        + "p.created_at, ARRAY(SELECT m.account_id FROM post_mentions m WHERE m.post_id = p.id) AS mentions "
                        + "FROM posts p WHERE p.id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> new Post(
                        new PostId(rs.getObject("id", UUID.class)),
                        new AccountId(rs.getObject("author_id", UUID.class)),
                        rs.getString("text"),
                        Rows.uuids(rs, "media_ids").stream().map(MediaId::new).toList(),
                        Optional.ofNullable(rs.getObject("group_id", UUID.class)).map(GroupId::new),
                        new HashSet<>(Rows.uuids(rs, "mentions").stream().map(AccountId::new).toList()),
                        Sql.instant(rs, "created_at")))
                .findOne());
    }

    /**
     * One statement: the posts deleted, their authors' {@code posts_count} taken down by as many, their
     * mentions read (from the statement's snapshot, before the cascade takes them) for the posts returned.
     */
    @Override
    public List<Post> deleteInGroup(GroupId group) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("WITH deleted AS (DELETE FROM posts WHERE group_id = :group "
                        + "RETURNING id, author_id, text, media_ids, group_id, created_at), "
                        + "per_author AS (SELECT author_id, count(*) AS n FROM deleted GROUP BY author_id), "
                        + "counted AS (UPDATE accounts a SET posts_count = a.posts_count - per_author.n FROM per_author "
                        + "WHERE a.id = per_author.author_id) "
                        + "SELECT d.id, d.author_id, d.text, d.media_ids, d.group_id, d.created_at, "
                        + "ARRAY(SELECT m.account_id FROM post_mentions m WHERE m.post_id = d.id) AS mentions "
                        + "FROM deleted d ORDER BY d.id")
                .bind("group", group.value())
                .map((rs, ctx) -> post(rs))
                .list());
    }

    private static Post post(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Post(
                new PostId(rs.getObject("id", UUID.class)),
                new AccountId(rs.getObject("author_id", UUID.class)),
                rs.getString("text"),
                Rows.uuids(rs, "media_ids").stream().map(MediaId::new).toList(),
                Optional.ofNullable(rs.getObject("group_id", UUID.class)).map(GroupId::new),
                new HashSet<>(Rows.uuids(rs, "mentions").stream().map(AccountId::new).toList()),
                Sql.instant(rs, "created_at"));
    }

    @Override
    public boolean delete(PostId id) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("WITH deleted AS (DELETE FROM posts WHERE id = :id RETURNING author_id), "
                        + "counted AS (UPDATE accounts SET posts_count = posts_count - 1 WHERE id IN (SELECT author_id FROM deleted)) "
                        + "SELECT count(*) FROM deleted")
                .bind("id", id.value())
                .mapTo(Integer.class)
                .one() > 0);
    }
}
