package dev.kith.adapter.postgres.content;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.HomeFeedFanOut;
import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.content.port.PostRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.media.MediaId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link PostRepository} on {@code posts} and {@code post_mentions}, keeping the author's {@code posts_count}
 * and the precomputed home timelines ({@code home_feed}, see {@link HomeFeedFanOut}) in the same transaction; a
 * deleted post's comments, likes and mentions go by {@code ON DELETE CASCADE}. Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresPostRepository implements PostRepository {

    private final Jdbi jdbi;
    private final int pullFromFollowers;

    /** A repository on the database of {@code jdbi}. */
    public PostgresPostRepository(Jdbi jdbi) {
        this(jdbi, HomeFeedFanOut.PULL_FROM_FOLLOWERS);
    }

    /**
     * A repository on the database of {@code jdbi} that stops fanning out the posts of authors from the
     * first post they write with {@code pullFromFollowers} followers or more: their followers' timelines
     * read those posts instead. For tuning, and for tests of both ways.
     */
    public PostgresPostRepository(Jdbi jdbi, int pullFromFollowers) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        if (pullFromFollowers < 0) {
            throw new IllegalArgumentException("pullFromFollowers must not be negative: " + pullFromFollowers);
        }
        this.pullFromFollowers = pullFromFollowers;
    }

    @Override
    public void add(Post post) {
        UUID id = post.id().value();
        UUID author = post.author().value();
        boolean inGroup = post.group().isPresent();
        Sql.useHandle(jdbi, handle -> {
            // First the author's row, which also orders this post against a concurrent follow of the author
            // (see HomeFeedFanOut); the first post outside groups at pullFromFollowers followers or more makes the
            // author one read on read.
            UUID pullFrom = handle.createQuery("UPDATE accounts SET posts_count = posts_count + 1, "
                            + "feed_pull_from = CASE WHEN feed_pull_from IS NULL AND NOT :inGroup "
                            + "AND followers_count >= :pullFromFollowers THEN :id ELSE feed_pull_from END "
                            + "WHERE id = :author RETURNING feed_pull_from")
                    .bind("inGroup", inGroup)
                    .bind("pullFromFollowers", pullFromFollowers)
                    .bind("id", id)
                    .bind("author", author)
                    .map((rs, ctx) -> rs.getObject(1, UUID.class))
                    .findOne()
                    .orElse(null);
            // The mentions' foreign key is checked at the end of the statement, when the post row exists.
            handle.createUpdate("WITH post AS ("
                            + "INSERT INTO posts (id, author_id, text, media_ids, group_id, created_at) "
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
                    .execute();
            if (!inGroup) {
                HomeFeedFanOut.fanOut(handle, id, author, pullFrom);
            }
        });
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

    @Override
    public void delete(PostId id) {
        Sql.useHandle(jdbi, handle -> handle.createQuery("WITH deleted AS (DELETE FROM posts WHERE id = :id RETURNING author_id), "
                        + "counted AS (UPDATE accounts SET posts_count = posts_count - 1 WHERE id IN (SELECT author_id FROM deleted)) "
                        + "SELECT author_id FROM deleted")
                .bind("id", id.value())
                .mapTo(UUID.class)
                .findOne()
                .ifPresent(author -> HomeFeedFanOut.removePost(handle, id.value(), author)));
    }
}
