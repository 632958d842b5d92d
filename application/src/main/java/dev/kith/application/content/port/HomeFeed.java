package dev.kith.application.content.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.Optional;

/**
 * The home timelines as a read model of the content context, kept by {@link dev.kith.application.content.HomeFeedProjection}
 * from the events of posts and follows, in the transaction of the change that caused them, so that a
 * timeline read after a commit includes it. An adapter may keep nothing and compute timelines on read
 * ({@link ContentQueries#homeTimeline}); the PostgreSQL adapter keeps each account's feed precomputed.
 * Every method is idempotent and joins the caller's transaction. Thread-safe.
 */
public interface HomeFeed {

    /**
     * Puts a new post published outside groups into its author's timeline and its accepted followers'.
     *
     * @param post the post just stored
     * @param author its author
     */
    void postPublished(PostId post, AccountId author);

    /**
     * Puts a new post in a group into the timelines of the group's members (its author among them). An
     * adapter may read a big group's posts on read instead of writing a row per member (the PostgreSQL
     * adapter does from its fan-out limit on, as for much-followed authors).
     *
     * @param post the post just stored
     * @param author its author
     * @param group its group
     */
    void groupPostPublished(PostId post, AccountId author, GroupId group);

    /**
     * Takes a deleted post out of every timeline it is in.
     *
     * @param post the post just deleted
     * @param author its author
     * @param group its group, if it was in one
     */
    void postDeleted(PostId post, AccountId author, Optional<GroupId> group);

    /** Brings {@code member}'s timeline up to date with {@code group}, which it is a member of from now on. */
    void memberJoined(GroupId group, AccountId member);

    /** Takes {@code group}'s posts out of the timeline of {@code member}, which is no longer a member. */
    void memberLeft(GroupId group, AccountId member);

    /** Takes {@code group}'s posts out of every timeline; called while its members are still stored. */
    void groupDeleted(GroupId group);

    /**
     * Brings {@code follower}'s timeline up to date with {@code followee}, which it follows now.
     *
     * @param follower the account whose timeline changes
     * @param followee the account it follows from now on
     */
    void followStarted(AccountId follower, AccountId followee);

    /**
     * Takes {@code followee}'s posts out of {@code follower}'s timeline; it no longer follows it.
     *
     * @param follower the account whose timeline changes
     * @param followee the account it no longer follows
     */
    void followEnded(AccountId follower, AccountId followee);
}
