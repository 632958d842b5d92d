package dev.kith.adapter.postgres.internal;

/**
 * The home-timeline statements, apart so that the benchmarks run exactly what the adapter runs. Not API.
 *
 * <p>{@link #HOME_FEED} reads the precomputed timeline (fan-out on write, see the V5 migration): the
 * viewer's range of {@code home_feed} above the horizon, merged with the newer posts of the few
 * much-followed accounts it follows, which are read on read. It binds {@code :viewer}, {@code :before}
 * (exclusive; {@link Rows#NEWEST} for the first page) and {@code :limit}, and always returns at least one
 * row, whose {@code horizon} column tells how far the feeds go; the post columns are null when the page
 * is empty. A page it cannot fill reaches the horizon, and continues below it with {@link #HOME_TIMELINE}.
 *
 * <p>Posts in groups come only through membership: the feeds hold the rows of fanned-out groups for their
 * members (checked again against {@code group_members}, one probe per group row), and the groups that are
 * read on read ({@code groups.feed_pull_from}, big groups) are read like much-followed authors, from the
 * viewer's memberships (index-only on {@code group_members_by_account}), one range of {@code posts_by_group}
 * each. Below the horizon the viewer's groups' posts are a third branch of {@link #HOME_TIMELINE}.
 *
 * <p>{@link #HOME_TIMELINE} binds {@code :viewer}, {@code :before}, {@code :limit} and {@code :scanFrom}.
 * It is fan-out on read, in two shapes of which exactly one runs, chosen inside the statement by the viewer's
 * kept {@code following_count} (one-time filters, so the other branch costs nothing):
 * <ul>
 * <li><b>per author</b> (following fewer than {@code :scanFrom}): for each followee, an index-only range
 *     of {@code posts_by_author} newer than the cursor, then a top-N sort. Cost grows with the followees'
 *     posts, which is small while they are few.</li>
 * <li><b>scan</b> (following {@code :scanFrom} or more): walks all posts newest first down the primary
 *     key and keeps those whose author the viewer follows, one probe of {@code follows_pair} each. Cost
 *     grows with limit / (share of recent posts written by followees), which is small when they are many.</li>
 * </ul>
 * and, whichever of those runs, <b>groups</b>: for each group the viewer is a member of, a range of
 * {@code posts_by_group} newer than the cursor.
 */
public final class TimelineSql {

    /** Where the scan starts to win on the benchmark's data set; see docs/performance.md ("Below the horizon"). */
    public static final int SCAN_FROM_FOLLOWING = 1_000;

    // One-time gate: true when the viewer follows :scanFrom accounts or more (read from the kept counter).
    private static final String FOLLOWS_MANY = "(SELECT v.following_count >= :scanFrom FROM accounts v WHERE v.id = :viewer)";

    // Accounts blocked either way, read once into a hash.
    private static final String BLOCKED = VisibilitySql.BLOCKED_EITHER_WAY;

    /** The viewer and the accounts it follows (accepted), less any account blocked either way. */
    public static final String AUTHORS = "SELECT f.followee_id FROM follows f "
            + "WHERE f.follower_id = :viewer AND " + VisibilitySql.accepted("f") + " AND f.followee_id NOT IN (" + BLOCKED + ") "
            + "UNION ALL SELECT CAST(:viewer AS uuid)";

    /** The page's post ids, read per followee from {@code posts_by_author} (index-only). */
    public static final String PER_AUTHOR = "SELECT p.id FROM posts p WHERE p.author_id IN (" + AUTHORS + ") "
            + "AND " + VisibilitySql.outsideGroups("p") + " AND p.id < :before AND NOT " + FOLLOWS_MANY + " "
            + "ORDER BY p.id DESC LIMIT :limit";

    /** The page's post ids, read by walking posts newest first and probing the viewer's follows. */
    public static final String SCAN = "SELECT p.id FROM posts p WHERE p.id < :before AND " + VisibilitySql.outsideGroups("p") + " "
            + "AND (p.author_id = :viewer OR " + VisibilitySql.follows(":viewer", "p.author_id") + ") "
            + "AND p.author_id NOT IN (" + BLOCKED + ") AND " + FOLLOWS_MANY + " "
            + "ORDER BY p.id DESC LIMIT :limit";

    /** The viewer's groups (index-only on {@code group_members_by_account}). */
    public static final String MY_GROUPS = "SELECT mg.group_id FROM group_members mg WHERE mg.account_id = :viewer";

    /** The page's post ids in the viewer's groups, one range of {@code posts_by_group} per group. */
    public static final String IN_GROUPS = "SELECT p.id FROM posts p WHERE p.group_id IN (" + MY_GROUPS + ") "
            + "AND p.id < :before AND p.author_id NOT IN (" + BLOCKED + ") ORDER BY p.id DESC LIMIT :limit";

    /**
     * The page: its post ids from whichever follow branch runs and from the viewer's groups, then those posts
     * with authors and the viewer's likes.
     */
    public static final String HOME_TIMELINE = "SELECT " + Rows.POST_VIEW + " FROM ("
            + "(" + PER_AUTHOR + ") UNION ALL (" + SCAN + ") UNION ALL (" + IN_GROUPS + ")) page "
            + "JOIN posts p ON p.id = page.id JOIN accounts a ON a.id = p.author_id "
            + "ORDER BY p.id DESC LIMIT :limit";

    private static final String HORIZON = "hz.post_id";

    // The viewer's fanned-out posts, newest first: a backward range of the primary key, the block filter
    // decided in the index (author_id is included), each row's post fetched as the range is walked.
    private static final String FEED = "SELECT p.* FROM home_feed h JOIN posts p ON p.id = h.post_id "
            + "WHERE h.owner_id = :viewer AND h.post_id < :before AND h.post_id > " + HORIZON + " "
            + "AND h.author_id NOT IN (" + BLOCKED + ") AND " + VisibilitySql.outsideGroupsOrMember("p") + " "
            + "ORDER BY h.post_id DESC LIMIT :limit";

    // The newer posts of the followed accounts that are read on read (follows flagged pull).
    private static final String PULLED = "SELECT p.* FROM follows f JOIN accounts b ON b.id = f.followee_id "
            + "JOIN posts p ON p.author_id = f.followee_id "
            + "WHERE f.follower_id = :viewer AND f.pull AND " + VisibilitySql.accepted("f") + " AND f.followee_id NOT IN (" + BLOCKED + ") "
            + "AND p.id >= b.feed_pull_from AND p.id < :before AND p.id > " + HORIZON + " AND " + VisibilitySql.outsideGroups("p") + " "
            + "ORDER BY p.id DESC LIMIT :limit";

    // The newer posts of the viewer's groups that are read on read (groups.feed_pull_from set).
    private static final String PULLED_GROUPS = "SELECT p.* FROM group_members mg JOIN groups g ON g.id = mg.group_id "
            + "JOIN posts p ON p.group_id = mg.group_id "
            + "WHERE mg.account_id = :viewer AND g.feed_pull_from IS NOT NULL AND p.id >= g.feed_pull_from "
            + "AND p.id < :before AND p.id > " + HORIZON + " AND p.author_id NOT IN (" + BLOCKED + ") "
            + "ORDER BY p.id DESC LIMIT :limit";

    /** A page of the precomputed home timeline, and the horizon; see the class comment. */
    public static final String HOME_FEED = "SELECT " + HORIZON + " AS horizon, page.* FROM home_feed_horizon hz "
            + "LEFT JOIN LATERAL (SELECT " + Rows.POST_VIEW + " FROM ((" + FEED + ") UNION ALL (" + PULLED + ") "
            + "UNION ALL (" + PULLED_GROUPS + ")) p "
            + "JOIN accounts a ON a.id = p.author_id ORDER BY p.id DESC LIMIT :limit) page ON true "
            + "ORDER BY page.id DESC";

    private TimelineSql() {
    }
}
