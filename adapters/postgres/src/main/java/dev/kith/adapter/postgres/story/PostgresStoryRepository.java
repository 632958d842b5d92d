package dev.kith.adapter.postgres.story;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.story.port.StoryRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryId;
import dev.kith.domain.story.StoryViewId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link StoryRepository} on {@code stories} and {@code story_views}; a deleted story's views go by
 * {@code ON DELETE CASCADE}. Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresStoryRepository implements StoryRepository {

    private static final String COLUMNS = "s.id, s.author_id, s.media_id, s.caption, s.created_at, s.expires_at";

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresStoryRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(Story story) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("INSERT INTO stories (id, author_id, media_id, caption, created_at, "
                        + "expires_at) VALUES (:id, :author, :media, :caption, :createdAt, :expiresAt)")
                .bind("id", story.id().value())
                .bind("author", story.author().value())
                .bind("media", story.media().value())
                .bind("caption", story.caption().orElse(null))
                .bind("createdAt", timestamp(story.createdAt()))
                .bind("expiresAt", timestamp(story.expiresAt()))
                .execute());
    }

    @Override
    public Optional<Story> find(StoryId id) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT " + COLUMNS + " FROM stories s WHERE s.id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> story(rs))
                .findOne());
    }

    /**
     * Two statements: the author's row is locked first, so that the count, in a statement of its own, sees
     * (at READ COMMITTED) every story a concurrent transaction that held the lock committed.
     */
    @Override
    public int countActiveForUpdate(AccountId author, Instant now) {
        return Sql.withHandle(jdbi, handle -> {
            handle.createQuery("SELECT id FROM accounts WHERE id = :author FOR NO KEY UPDATE")
                    .bind("author", author.value())
                    .mapTo(UUID.class)
                    .findOne();
            return handle.createQuery("SELECT count(*) FROM stories WHERE author_id = :author AND expires_at > :now")
                    .bind("author", author.value())
                    .bind("now", timestamp(now))
                    .mapTo(Integer.class)
                    .one();
        });
    }

    @Override
    public boolean recordView(StoryViewId id, StoryId story, AccountId viewer, Instant at) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("INSERT INTO story_views (id, story_id, viewer_id, viewed_at) "
                        + "VALUES (:id, :story, :viewer, :at) ON CONFLICT (story_id, viewer_id) DO NOTHING")
                .bind("id", id.value())
                .bind("story", story.value())
                .bind("viewer", viewer.value())
                .bind("at", timestamp(at))
                .execute() > 0);
    }

    @Override
    public boolean delete(StoryId id) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("DELETE FROM stories WHERE id = :id")
                .bind("id", id.value())
                .execute() > 0);
    }

    @Override
    public List<Story> deleteExpired(Instant now, int limit) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("DELETE FROM stories s WHERE s.id IN ("
                        + "SELECT id FROM stories WHERE expires_at <= :now ORDER BY expires_at LIMIT :limit "
                        + "FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)
                .bind("now", timestamp(now))
                .bind("limit", limit)
                .map((rs, ctx) -> story(rs))
                .list());
    }

    @Override
    public List<Story> eraseAllOf(AccountId account) {
        return Sql.withHandle(jdbi, handle -> {
            handle.createUpdate("DELETE FROM story_views WHERE viewer_id = :account").bind("account", account.value()).execute();
            // their views go by cascade
            return handle.createQuery("DELETE FROM stories s WHERE s.author_id = :account RETURNING " + COLUMNS)
                    .bind("account", account.value())
                    .map((rs, ctx) -> story(rs))
                    .list();
        });
    }

    private static Story story(ResultSet rs) throws SQLException {
        return new Story(new StoryId(rs.getObject("id", UUID.class)), new AccountId(rs.getObject("author_id", UUID.class)),
                new MediaId(rs.getObject("media_id", UUID.class)), Optional.ofNullable(rs.getString("caption")),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"));
    }
}
