package dev.kith.adapter.postgres.story;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.MediaRows;
import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.application.graph.ViewerScope;
import dev.kith.application.shared.Keyed;
import dev.kith.application.story.port.StoryQueries;
import dev.kith.application.story.port.StoryView;
import dev.kith.application.story.port.StoryViewer;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.StoryId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link StoryQueries} on {@code stories} and {@code story_views}: every method is one statement, the author
 * and the media joined in it, whether the viewer opened each story one probe of the views key per row, and
 * the visibility rules spliced in from {@link VisibilitySql}. Thread-safe.
 */
public final class PostgresStoryQueries implements StoryQueries {

    /**
     * A story as {@code :viewer} sees it, from {@code stories s JOIN accounts a JOIN media m}; the story's
     * own columns are prefixed so that the media's read under their own names.
     */
    private static final String STORY_VIEW = "s.id AS s_id, s.caption AS s_caption, s.created_at AS s_created_at, "
            + "s.expires_at AS s_expires_at, " + Rows.SUMMARY + ", " + MediaRows.COLUMNS + ", "
            + "(s.author_id = :viewer OR EXISTS (SELECT 1 FROM story_views v WHERE v.story_id = s.id AND v.viewer_id = :viewer)) AS seen "
            + "FROM stories s JOIN accounts a ON a.id = s.author_id JOIN media m ON m.id = s.media_id ";

    private static final String STORY = "SELECT " + STORY_VIEW + "WHERE s.id = :story";

    // The viewer and the accounts it follows (accepted), each an index range of stories_by_author; the block
    // test is the second line of defence (a block removes the follows both ways).
    private static final String FEED = "SELECT " + STORY_VIEW
            + "WHERE s.author_id IN (SELECT CAST(:viewer AS uuid) UNION ALL "
            + "SELECT f.followee_id FROM follows f WHERE f.follower_id = :viewer AND " + VisibilitySql.accepted("f") + ") "
            + "AND s.expires_at > :now AND " + VisibilitySql.notBlockedEitherWay("s.author_id") + " "
            + "ORDER BY s.author_id, s.id";

    private static final String VIEWERS = "SELECT v.id AS key, v.viewed_at, " + Rows.SUMMARY + " "
            + "FROM story_views v JOIN accounts a ON a.id = v.viewer_id "
            + "WHERE v.story_id = :story AND v.id < :after AND " + VisibilitySql.notBlockedEitherWay("v.viewer_id") + " "
            + "ORDER BY v.id DESC LIMIT :limit";

    private final Jdbi jdbi;

    /** Queries on the database of {@code jdbi}. */
    public PostgresStoryQueries(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<StoryView> story(StoryId id, AccountId viewer) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(STORY)
                .bind("story", id.value())
                .bind("viewer", viewer.value())
                .map((rs, ctx) -> view(rs))
                .findOne());
    }

    @Override
    public List<StoryView> feed(ViewerScope scope, Instant now) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> handle.createQuery(FEED)
                .bind("viewer", viewer.value())
                .bind("now", timestamp(now))
                .map((rs, ctx) -> view(rs))
                .list());
    }

    @Override
    public List<Keyed<UUID, StoryViewer>> viewers(StoryId story, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> handle.createQuery(VIEWERS)
                .bind("story", story.value())
                .bind("viewer", viewer.value())
                .bind("after", after.orElse(Rows.NEWEST))
                .bind("limit", limit)
                .map((rs, ctx) -> new Keyed<>(rs.getObject("key", UUID.class),
                        new StoryViewer(Rows.summary(rs), Sql.instant(rs, "viewed_at"))))
                .list());
    }

    private static StoryView view(ResultSet rs) throws SQLException {
        return new StoryView(new StoryId(rs.getObject("s_id", UUID.class)), Rows.summary(rs), MediaRows.media(rs),
                Optional.ofNullable(rs.getString("s_caption")), Sql.instant(rs, "s_created_at"),
                Sql.instant(rs, "s_expires_at"), rs.getBoolean("seen"));
    }
}
