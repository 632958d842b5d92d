package dev.kith.adapter.postgres.content;

import dev.kith.application.graph.ViewerScope;
import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.adapter.postgres.internal.TimelineSql;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.content.port.CommentView;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeSummary;
import dev.kith.application.content.port.PostView;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link ContentQueries} on {@code posts}, {@code comments}, {@code likes} and the precomputed home
 * timelines ({@code home_feed}): every method is one statement (a home-timeline page that reaches the
 * feeds' horizon, two), authors joined and likedByMe computed in it, lists read as keyset ranges of an
 * index (never OFFSET). Thread-safe.
 */
public final class PostgresContentQueries implements ContentQueries {

    private static final String POST = "SELECT " + Rows.POST_VIEW + " FROM posts p JOIN accounts a ON a.id = p.author_id "
            + "WHERE p.id = :post";

    // The block test doesn't depend on the row, so PostgreSQL runs it once, ahead of the index scan.
    private static final String POSTS_BY = "SELECT " + Rows.POST_VIEW + " FROM posts p JOIN accounts a ON a.id = p.author_id "
            + "WHERE p.author_id = :author AND " + VisibilitySql.outsideGroups("p") + " AND p.id < :before AND " + VisibilitySql.notBlockedEitherWay("CAST(:author AS uuid)") + " "
            + "ORDER BY p.id DESC LIMIT :limit";

    // One range of posts_by_group; the group test doesn't depend on the row (run once, ahead of the scan),
    // and the accounts blocked either way are read once into a hash.
    private static final String GROUP_POSTS = "SELECT " + Rows.POST_VIEW + " FROM posts p JOIN accounts a ON a.id = p.author_id "
            + "WHERE p.group_id = :group AND p.id < :before AND p.author_id NOT IN (" + VisibilitySql.BLOCKED_EITHER_WAY + ") "
            + "AND " + VisibilitySql.groupOpen("CAST(:group AS uuid)") + " "
            + "ORDER BY p.id DESC LIMIT :limit";

    private static final String COMMENTS = "SELECT c.id, c.post_id, c.parent_id, c.text, c.created_at, " + Rows.SUMMARY + " "
            + "FROM comments c JOIN accounts a ON a.id = c.author_id "
            + "WHERE c.post_id = :post AND c.id > :after AND " + VisibilitySql.notBlockedEitherWay("c.author_id") + " "
            + "ORDER BY c.id LIMIT :limit";

    private static final String LIKERS = "SELECT l.id AS key, " + Rows.SUMMARY + " "
            + "FROM likes l JOIN accounts a ON a.id = l.account_id "
            + "WHERE l.post_id = :post AND l.id < :after AND " + VisibilitySql.notBlockedEitherWay("l.account_id") + " "
            + "ORDER BY l.id DESC LIMIT :limit";

    private static final String LIKES = "SELECT p.likes_count, "
            + "EXISTS (SELECT 1 FROM likes l WHERE l.post_id = p.id AND l.account_id = :viewer) AS liked_by_me "
            + "FROM posts p WHERE p.id = :post";

    private final Jdbi jdbi;
    private final int scanFromFollowing;
    // The highest horizon a page has seen; a lower (stale) value only costs a statement, never a post.
    private volatile UUID knownHorizon = Rows.OLDEST;

    /** Queries on the database of {@code jdbi}. */
    public PostgresContentQueries(Jdbi jdbi) {
        this(jdbi, TimelineSql.SCAN_FROM_FOLLOWING);
    }

    /**
     * Queries on the database of {@code jdbi} whose home timeline, below the feeds' horizon, switches from
     * reading per followee to scanning recent posts for viewers following {@code scanFromFollowing} accounts or more (0: always
     * scan), for tuning and for tests of both ways.
     */
    public PostgresContentQueries(Jdbi jdbi, int scanFromFollowing) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        if (scanFromFollowing < 0) {
            throw new IllegalArgumentException("scanFromFollowing must not be negative: " + scanFromFollowing);
        }
        this.scanFromFollowing = scanFromFollowing;
    }

    @Override
    public Optional<PostView> post(PostId id, AccountId viewer) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(POST)
                .bind("post", id.value())
                .bind("viewer", viewer.value())
                .map((rs, ctx) -> Rows.postRow(rs))
                .findOne()
                .map(row -> Rows.withMedia(handle, List.of(row)).get(0)));
    }

    @Override
    public List<PostView> posts(java.util.Collection<PostId> ids, AccountId viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.withHandle(jdbi, handle -> Rows.withMedia(handle, handle.createQuery("SELECT " + Rows.POST_VIEW
                        + " FROM posts p JOIN accounts a ON a.id = p.author_id WHERE p.id = ANY (CAST(:ids AS uuid[]))")
                .bind("ids", ids.stream().map(PostId::value).distinct().toArray(UUID[]::new))
                .bind("viewer", viewer.value())
                .map((rs, ctx) -> Rows.postRow(rs))
                .list()));
    }

    /**
     * One range of the precomputed timeline ({@link TimelineSql#HOME_FEED}); only a page that reaches the
     * feeds' horizon takes a second statement, the fan-out-on-read one, for the posts below it.
     */
    @Override
    public List<PostView> homeTimeline(ViewerScope scope, Optional<PostId> before, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        UUID from = before.map(PostId::value).orElse(Rows.NEWEST);
        if (atOrBelow(from, knownHorizon)) {
            // the horizon only rises: a page that starts at or below the one last seen is read on read
            return Sql.withHandle(jdbi, handle -> belowHorizon(handle, viewer, from, limit));
        }
        return Sql.withHandle(jdbi, handle -> {
            List<FeedRow> rows = handle.createQuery(TimelineSql.HOME_FEED)
                    .bind("viewer", viewer.value())
                    .bind("before", from)
                    .bind("limit", limit)
                    .map((rs, ctx) -> new FeedRow(rs.getObject("horizon", UUID.class),
                            rs.getObject("id", UUID.class) == null ? null : Rows.postRow(rs)))
                    .list();
            List<Rows.PostRow> found = new ArrayList<>(limit);
            for (FeedRow row : rows) {
                if (row.post() != null) {
                    found.add(row.post());
                }
            }
            List<PostView> page = new ArrayList<>(Rows.withMedia(handle, found));
            if (!rows.isEmpty()) {
                knownHorizon = rows.get(0).horizon();
            }
            boolean feedsHoldEverything = !rows.isEmpty() && rows.get(0).horizon().equals(Rows.OLDEST);
            if (page.size() == limit || feedsHoldEverything) {
                return page;
            }
            // Every timeline post above the horizon and before the cursor is in the page: go on below it.
            UUID last = page.isEmpty() ? from : page.get(page.size() - 1).id().value();
            page.addAll(belowHorizon(handle, viewer, last, limit - page.size()));
            return page;
        });
    }

    private List<PostView> belowHorizon(Handle handle, AccountId viewer, UUID before, int limit) {
        return Rows.withMedia(handle, handle.createQuery(TimelineSql.HOME_TIMELINE)
                .bind("viewer", viewer.value())
                .bind("before", before)
                .bind("limit", limit)
                .bind("scanFrom", scanFromFollowing)
                .map((rs, ctx) -> Rows.postRow(rs))
                .list());
    }

    /** Whether {@code id} ≤ {@code horizon} as PostgreSQL orders uuids (unsigned, byte by byte). */
    private static boolean atOrBelow(UUID id, UUID horizon) {
        int high = Long.compareUnsigned(id.getMostSignificantBits(), horizon.getMostSignificantBits());
        return high < 0 || high == 0 && Long.compareUnsigned(id.getLeastSignificantBits(), horizon.getLeastSignificantBits()) <= 0;
    }

    /** A row of {@link TimelineSql#HOME_FEED}: the horizon, and a post unless the page is empty. */
    private record FeedRow(UUID horizon, Rows.PostRow post) {
    }

    @Override
    public List<PostView> postsBy(AccountId author, ViewerScope scope, Optional<PostId> before, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> Rows.withMedia(handle, handle.createQuery(POSTS_BY)
                .bind("author", author.value())
                .bind("viewer", viewer.value())
                .bind("before", before.map(PostId::value).orElse(Rows.NEWEST))
                .bind("limit", limit)
                .map((rs, ctx) -> Rows.postRow(rs))
                .list()));
    }

    @Override
    public List<PostView> groupPosts(GroupId group, ViewerScope scope, Optional<PostId> before, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> Rows.withMedia(handle, handle.createQuery(GROUP_POSTS)
                .bind("group", group.value())
                .bind("viewer", viewer.value())
                .bind("before", before.map(PostId::value).orElse(Rows.NEWEST))
                .bind("limit", limit)
                .map((rs, ctx) -> Rows.postRow(rs))
                .list()));
    }

    @Override
    public List<CommentView> comments(PostId post, ViewerScope scope, Optional<CommentId> after, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> handle.createQuery(COMMENTS)
                .bind("post", post.value())
                .bind("viewer", viewer.value())
                .bind("after", after.map(CommentId::value).orElse(Rows.OLDEST))
                .bind("limit", limit)
                .map((rs, ctx) -> new CommentView(new CommentId(rs.getObject("id", UUID.class)),
                        new PostId(rs.getObject("post_id", UUID.class)),
                        Optional.ofNullable(rs.getObject("parent_id", UUID.class)).map(CommentId::new),
                        Rows.summary(rs), rs.getString("text"), Sql.instant(rs, "created_at")))
                .list());
    }

    @Override
    public List<Keyed<UUID, AccountSummary>> likers(PostId post, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> handle.createQuery(LIKERS)
                .bind("post", post.value())
                .bind("viewer", viewer.value())
                .bind("after", after.orElse(Rows.NEWEST))
                .bind("limit", limit)
                .map((rs, ctx) -> new Keyed<>(rs.getObject("key", UUID.class), Rows.summary(rs)))
                .list());
    }

    @Override
    public LikeSummary likes(PostId post, AccountId viewer) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(LIKES)
                .bind("post", post.value())
                .bind("viewer", viewer.value())
                .map((rs, ctx) -> new LikeSummary(rs.getLong("likes_count"), rs.getBoolean("liked_by_me")))
                .findOne()
                .orElse(new LikeSummary(0, false)));
    }
}
