package dev.kith.adapter.postgres.internal;

/**
 * The home-timeline statement, apart so that the plan benchmark explains exactly what the adapter runs.
 * Binds {@code :viewer}, {@code :before} (exclusive; {@link Rows#NEWEST} for the first page) and
 * {@code :limit}. Not API.
 */
public final class TimelineSql {

    /**
     * The viewer and the accounts it follows (accepted), less any account blocked either way: the block
     * lists are read once into a hash, not probed per followee.
     */
    public static final String AUTHORS = "SELECT f.followee_id FROM follows f "
            + "WHERE f.follower_id = :viewer AND f.state = 'following' "
            + "AND f.followee_id NOT IN (SELECT b.blocked_id FROM blocks b WHERE b.blocker_id = :viewer "
            + "UNION ALL SELECT b.blocker_id FROM blocks b WHERE b.blocked_id = :viewer) "
            + "UNION ALL SELECT CAST(:viewer AS uuid)";

    /**
     * Fan-out on read: picks the page's post ids from {@code posts_by_author} (index-only: {@code group_id}
     * is in the index), then reads just those posts with their authors and the viewer's likes.
     */
    public static final String HOME_TIMELINE = "SELECT " + Rows.POST_VIEW + " FROM ("
            + "SELECT p.id FROM posts p WHERE p.author_id IN (" + AUTHORS + ") "
            + "AND p.group_id IS NULL AND p.id < :before ORDER BY p.id DESC LIMIT :limit) page "
            + "JOIN posts p ON p.id = page.id JOIN accounts a ON a.id = p.author_id "
            + "ORDER BY p.id DESC";

    private TimelineSql() {
    }
}
