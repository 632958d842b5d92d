package dev.kith.adapter.postgres.internal;

import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Keeps {@code home_feed} (see the V5 migration) in step with posts and follows, on the handle of the
 * change's transaction. Not API.
 *
 * <p><b>Concurrency.</b> A post is fanned out to the followers its statement sees, and a follow copies
 * in the posts its statement sees; a post and a follow committed at the same time could each miss the
 * other. Both sides therefore first update the author's (followee's) {@code accounts} row (its counters),
 * which serializes them, and only then read, in a later statement of the same READ COMMITTED transaction,
 * whose snapshot includes whatever the other committed before the row was released.
 */
public final class HomeFeedFanOut {

    /** Default of {@code pullFromFollowers}: authors with this many followers are read, not fanned out. */
    public static final int PULL_FROM_FOLLOWERS = 10_000;

    private static final String HORIZON = "(SELECT post_id FROM home_feed_horizon)";

    // Copies the followee's fanned-out posts above the horizon into the feeds of :followers, and flags
    // their follows when the followee is read on read; both are idempotent.
    private static final String SYNC = "WITH flagged AS ("
            + "UPDATE follows f SET pull = true FROM accounts b "
            + "WHERE b.id = :followee AND b.feed_pull_from IS NOT NULL AND f.followee_id = :followee "
            + "AND f.follower_id = ANY (CAST(:followers AS uuid[])) AND NOT f.pull) "
            + "INSERT INTO home_feed (owner_id, post_id, author_id) "
            + "SELECT o.id, p.id, p.author_id FROM unnest(CAST(:followers AS uuid[])) AS o (id) "
            + "CROSS JOIN posts p JOIN accounts b ON b.id = p.author_id "
            + "WHERE p.author_id = :followee AND " + VisibilitySql.outsideGroups("p") + " AND p.id > " + HORIZON + " "
            + "AND (b.feed_pull_from IS NULL OR p.id < b.feed_pull_from) "
            + "ORDER BY 1, 2 ON CONFLICT DO NOTHING";

    private static final String UNSYNC = "DELETE FROM home_feed WHERE owner_id = :follower AND author_id = :followee";

    // The feeds a post of :author can be in: its author's and its accepted followers'.
    private static final String OWNERS = "SELECT f.follower_id FROM follows f WHERE f.followee_id = :author "
            + "AND " + VisibilitySql.accepted("f") + " UNION ALL SELECT CAST(:author AS uuid)";

    // A new post id is in no feed yet, and a follow's copy of the author's posts runs wholly before or
    // after this (see above), so these inserts never conflict and need no ON CONFLICT (which would cost a
    // speculative insertion per row).
    private static final String FAN_OUT = "INSERT INTO home_feed (owner_id, post_id, author_id) "
            + "SELECT o.id, :post, :author FROM (" + OWNERS + ") AS o (id) ORDER BY 1";

    private static final String OWN_ROW = "INSERT INTO home_feed (owner_id, post_id, author_id) VALUES (:author, :post, :author)";

    // Makes :author one read on read from :post when it has :limit followers or more and is not one yet;
    // answers where reading on read begins (null: never). The author's row is already locked by this
    // transaction (its posts_count), so this costs no wait.
    private static final String PULL_FROM = "WITH flagged AS (UPDATE accounts SET feed_pull_from = :post "
            + "WHERE id = :author AND feed_pull_from IS NULL AND followers_count >= :limit RETURNING feed_pull_from) "
            + "SELECT COALESCE((SELECT feed_pull_from FROM flagged), (SELECT feed_pull_from FROM accounts WHERE id = :author))";

    private static final String FLAG_FOLLOWERS = "UPDATE follows SET pull = true WHERE followee_id = :author AND NOT pull";

    private static final String REMOVE_POST = "DELETE FROM home_feed WHERE post_id = :post AND owner_id IN (" + OWNERS + ")";

    private static final String REMOVE_AUTHOR = "DELETE FROM home_feed WHERE author_id = :author AND owner_id IN (" + OWNERS + ")";

    private static final String REMOVE_OWNER = "DELETE FROM home_feed WHERE owner_id = :owner";

    private HomeFeedFanOut() {
    }

    /**
     * Where reading {@code author}'s posts on read begins, after its new post {@code post}: that post when
     * the author has {@code limit} followers or more and was fanned out until now, an earlier post when it
     * was read on read already, or {@code null} when its posts are fanned out.
     */
    public static UUID pullFrom(Handle handle, UUID post, UUID author, int limit) {
        return handle.createQuery(PULL_FROM).bind("post", post).bind("author", author).bind("limit", limit)
                .map((rs, ctx) -> rs.getObject(1, UUID.class)).one();
    }

    /**
     * Puts a new post outside groups into its author's feed and, unless the author is read on read
     * ({@code pullFrom}, from {@link #pullFrom}), its followers' feeds. The
     * first post of an author read on read flags the follows of its followers.
     */
    public static void fanOut(Handle handle, UUID post, UUID author, UUID pullFrom) {
        if (pullFrom == null) {
            handle.createUpdate(FAN_OUT).bind("post", post).bind("author", author).execute();
            return;
        }
        handle.createUpdate(OWN_ROW).bind("post", post).bind("author", author).execute();
        if (pullFrom.equals(post)) {
            handle.createUpdate(FLAG_FOLLOWERS).bind("author", author).execute();
        }
    }

    /** Takes a post out of every feed it is in. */
    public static void removePost(Handle handle, UUID post, UUID author) {
        handle.createUpdate(REMOVE_POST).bind("post", post).bind("author", author).execute();
    }

    /** Brings the feeds of {@code followers}, who now follow {@code followee} (accepted), up to date with it. */
    public static void follow(Handle handle, UUID followee, UUID... followers) {
        if (followers.length > 0) {
            handle.createUpdate(SYNC).bind("followee", followee).bind("followers", followers).execute();
        }
    }

    /** Takes {@code followee}'s posts out of the feed of {@code follower}, who no longer follows it. */
    public static void unfollow(Handle handle, UUID follower, UUID followee) {
        handle.createUpdate(UNSYNC).bind("follower", follower).bind("followee", followee).execute();
    }

    /** Empties the feed of an account being erased and takes its posts out of its followers' feeds. */
    public static void erase(Handle handle, UUID account) {
        handle.createUpdate(REMOVE_AUTHOR).bind("author", account).execute();
        handle.createUpdate(REMOVE_OWNER).bind("owner", account).execute();
    }
}
