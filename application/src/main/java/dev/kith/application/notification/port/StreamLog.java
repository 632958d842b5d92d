package dev.kith.application.notification.port;

import dev.kith.application.graph.ViewerScope;
import dev.kith.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The events the real-time stream delivers, kept for a while in commit order, so that a client that
 * reconnects with the last position it saw gets every event it missed, in order. One entry per event, not
 * per recipient: a post is one entry, read by each follower's stream through the follows. Positions are
 * assigned in commit order (an entry committed later always has a greater position), which is what makes
 * "everything after position P" gapless. Joins the caller's transaction. Thread-safe.
 */
public interface StreamLog {

    /**
     * Adds an entry; its position is greater than every committed one's. A post is logged once: adding a
     * {@link StreamEntry.PostAdded} of a post already in the log adds nothing and answers its position.
     *
     * @return the entry's position
     */
    long append(StreamEntry entry, Instant now);

    /** The greatest position committed; 0 when the log is empty. */
    long head();

    /**
     * The oldest position still kept, if any: a client whose last position is older has missed events the
     * log no longer has.
     */
    Optional<Long> oldest();

    /** Every entry after {@code position}, in order, up to {@code limit}: what a node dispatches to its sockets. */
    List<StreamRecord> after(long position, int limit);

    /**
     * The entries after {@code position} that concern the scope's viewer, in order, up to {@code limit}: its
     * notifications and unread counts, the posts outside groups of itself and of the accounts it follows
     * (accepted), and the posts in the groups it is a member of (now), of authors neither blocks.
     */
    List<StreamRecord> forViewer(ViewerScope scope, long position, int limit);

    /**
     * Which of {@code candidates} have {@code post} in their home timeline: outside groups its author, and the
     * accounts following it (accepted) that neither block it nor are blocked by it; in a group, the group's
     * members (now) that neither block the author nor are blocked by it. One statement.
     */
    List<dev.kith.domain.account.AccountId> audienceAmong(StreamEntry.PostAdded post,
                                                          java.util.Collection<dev.kith.domain.account.AccountId> candidates);

    /** Deletes the entries older than {@code cutoff}; returns how many went. */
    int purgeBefore(Instant cutoff);

    /**
     * Deletes the entries addressed to {@code account} and those of its posts: it is being erased.
     *
     * @return how many were deleted
     */
    int eraseAllOf(AccountId account);
}
