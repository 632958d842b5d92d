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
 *
 * <p><b>Groups.</b> The same, with the group's {@code groups} row: a post in a group is fanned out to the
 * members its statement sees, and a new member's feed gets the group's posts its statement sees. A group
 * post first updates the group's row ({@link #groupPullFrom}), a join has locked it (the use case's
 * {@code SELECT ... FOR UPDATE}, and the membership's {@code members_count}), and each reads only in a later
 * statement. Leaving needs no order: the member's group rows are deleted after its membership, and a post
 * fanned out meanwhile waits for the group's row until the leave commits. Big groups are read on read like
 * much-followed authors: from the first post written with {@code pullFromFollowers} members or more
 * ({@code groups.feed_pull_from}), a post writes no feed row at all and its members' timelines read the
 * group's newer posts (the author's own timeline included: it is a member).
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

    // The rows of group posts are the group's business: an unfollow leaves them.
    private static final String UNSYNC = "DELETE FROM home_feed WHERE owner_id = :follower AND author_id = :followee "
            + "AND " + VisibilitySql.outsideGroups(null);

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

    // The rows of the erased author's group posts, in its groups' members' feeds: by home_feed_group.
    private static final String REMOVE_AUTHOR_IN_GROUPS = "DELETE FROM home_feed h USING posts p "
            + "WHERE p.author_id = :author AND p.group_id IS NOT NULL AND h.group_id = p.group_id AND h.post_id = p.id";

    // Locks the group's row (ordering this post against joins, see above) and makes the group read on read
    // from :post when it has :limit members or more and is not yet; answers where reading on read begins
    // (null: never, or no such group).
    private static final String GROUP_PULL_FROM = "UPDATE groups SET feed_pull_from = "
            + "CASE WHEN feed_pull_from IS NULL AND members_count >= :limit THEN CAST(:post AS uuid) ELSE feed_pull_from END "
            + "WHERE id = :group RETURNING feed_pull_from";

    // A new post id is in no feed yet, and a join's copy runs wholly before or after (see above).
    private static final String GROUP_FAN_OUT = "INSERT INTO home_feed (owner_id, post_id, author_id, group_id) "
            + "SELECT m.account_id, :post, :author, :group FROM group_members m WHERE m.group_id = :group ORDER BY 1";

    // The group's posts above the horizon that are fanned out (those read on read stay out), for a new member.
    private static final String GROUP_SYNC = "INSERT INTO home_feed (owner_id, post_id, author_id, group_id) "
            + "SELECT :member, p.id, p.author_id, p.group_id FROM posts p JOIN groups g ON g.id = p.group_id "
            + "WHERE p.group_id = :group AND p.id > " + HORIZON + " AND (g.feed_pull_from IS NULL OR p.id < g.feed_pull_from) "
            + "ORDER BY 2 ON CONFLICT DO NOTHING";

    private static final String GROUP_UNSYNC = "DELETE FROM home_feed WHERE owner_id = :member AND group_id = :group";

    private static final String REMOVE_GROUP_POST = "DELETE FROM home_feed WHERE group_id = :group AND post_id = :post";

    private static final String REMOVE_GROUP = "DELETE FROM home_feed WHERE group_id = :group";

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

    /**
     * Locks the group's row and tells where reading its posts on read begins after its new post {@code post}:
     * that post when the group has {@code limit} members or more and was fanned out until now, an earlier
     * post when it was read on read already, or {@code null} when its posts are fanned out.
     */
    public static UUID groupPullFrom(Handle handle, UUID post, UUID group, int limit) {
        return handle.createQuery(GROUP_PULL_FROM).bind("post", post).bind("group", group).bind("limit", limit)
                .map((rs, ctx) -> rs.getObject(1, UUID.class)).findOne().orElse(null);
    }

    /**
     * Puts a new post in a group into the feeds of the group's members, unless the group is read on read
     * ({@code pullFrom}, from {@link #groupPullFrom}, not null): then no row is written.
     */
    public static void groupFanOut(Handle handle, UUID post, UUID author, UUID group, UUID pullFrom) {
        if (pullFrom == null) {
            handle.createUpdate(GROUP_FAN_OUT).bind("post", post).bind("author", author).bind("group", group).execute();
        }
    }

    /** Brings the feed of {@code member}, a member of {@code group} from now on, up to date with the group. */
    public static void join(Handle handle, UUID group, UUID member) {
        handle.createUpdate(GROUP_SYNC).bind("group", group).bind("member", member).execute();
    }

    /** Takes {@code group}'s posts out of the feed of {@code member}, no longer a member. */
    public static void leave(Handle handle, UUID group, UUID member) {
        handle.createUpdate(GROUP_UNSYNC).bind("group", group).bind("member", member).execute();
    }

    /** Takes a post in a group out of every feed it is in. */
    public static void removeGroupPost(Handle handle, UUID post, UUID group) {
        handle.createUpdate(REMOVE_GROUP_POST).bind("post", post).bind("group", group).execute();
    }

    /** Takes a group's posts out of every feed. */
    public static void removeGroup(Handle handle, UUID group) {
        handle.createUpdate(REMOVE_GROUP).bind("group", group).execute();
    }

    /**
     * Empties the feed of an account being erased and takes its posts out of its followers' feeds and, for
     * its posts in groups, out of the feeds of the groups' members. Runs while its posts are still stored.
     */
    public static void erase(Handle handle, UUID account) {
        handle.createUpdate(REMOVE_AUTHOR).bind("author", account).execute();
        handle.createUpdate(REMOVE_AUTHOR_IN_GROUPS).bind("author", account).execute();
        handle.createUpdate(REMOVE_OWNER).bind("owner", account).execute();
    }
}
