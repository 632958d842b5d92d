package dev.kith.adapter.postgres.internal;

/**
 * The home-timeline statement, apart so that the plan benchmark explains exactly what the adapter runs.
 * Binds {@code :viewer}, {@code :before} (exclusive; {@link Rows#NEWEST} for the first page),
 * {@code :limit} and {@code :scanFrom}. Not API.
 *
 * <p>Fan-out on read, in two shapes of which exactly one runs, chosen inside the statement by the viewer's
 * kept {@code following_count} (one-time filters, so the other branch costs nothing):
 * <ul>
 * <li><b>per author</b> (following fewer than {@code :scanFrom}): for each followee, an index-only range
 *     of {@code posts_by_author} newer than the cursor, then a top-N sort. Cost grows with the followees'
 *     posts, which is small while they are few.</li>
 * <li><b>scan</b> (following {@code :scanFrom} or more): walks all posts newest first down the primary
 *     key and keeps those whose author the viewer follows, one probe of {@code follows_pair} each. Cost
 *     grows with limit / (share of recent posts written by followees), which is small when they are many.</li>
 * </ul>
 */
public final class TimelineSql {

    /** Where the scan starts to win on the benchmark's data set; see docs/performance-timeline.md. */
    public static final int SCAN_FROM_FOLLOWING = 1_000;

    // One-time gate: true when the viewer follows :scanFrom accounts or more (read from the kept counter).
    private static final String FOLLOWS_MANY = "(SELECT v.following_count >= :scanFrom FROM accounts v WHERE v.id = :viewer)";

    // Accounts blocked either way, read once into a hash.
    private static final String BLOCKED = "SELECT b.blocked_id FROM blocks b WHERE b.blocker_id = :viewer "
            + "UNION ALL SELECT b.blocker_id FROM blocks b WHERE b.blocked_id = :viewer";

    /** The viewer and the accounts it follows (accepted), less any account blocked either way. */
    public static final String AUTHORS = "SELECT f.followee_id FROM follows f "
            + "WHERE f.follower_id = :viewer AND f.state = 'following' AND f.followee_id NOT IN (" + BLOCKED + ") "
            + "UNION ALL SELECT CAST(:viewer AS uuid)";

    /** The page's post ids, read per followee from {@code posts_by_author} (index-only). */
    public static final String PER_AUTHOR = "SELECT p.id FROM posts p WHERE p.author_id IN (" + AUTHORS + ") "
            + "AND p.group_id IS NULL AND p.id < :before AND NOT " + FOLLOWS_MANY + " "
            + "ORDER BY p.id DESC LIMIT :limit";

    /** The page's post ids, read by walking posts newest first and probing the viewer's follows. */
    public static final String SCAN = "SELECT p.id FROM posts p WHERE p.id < :before AND p.group_id IS NULL "
            + "AND (p.author_id = :viewer OR EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewer "
            + "AND f.followee_id = p.author_id AND f.state = 'following')) "
            + "AND p.author_id NOT IN (" + BLOCKED + ") AND " + FOLLOWS_MANY + " "
            + "ORDER BY p.id DESC LIMIT :limit";

    /** The page: its post ids from whichever branch runs, then those posts with authors and the viewer's likes. */
    public static final String HOME_TIMELINE = "SELECT " + Rows.POST_VIEW + " FROM ("
            + "(" + PER_AUTHOR + ") UNION ALL (" + SCAN + ")) page "
            + "JOIN posts p ON p.id = page.id JOIN accounts a ON a.id = p.author_id "
            + "ORDER BY p.id DESC";

    private TimelineSql() {
    }
}
