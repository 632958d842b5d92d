package dev.kith.application.notification.port;

import dev.kith.application.graph.ViewerScope;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores notifications and keeps each recipient's unread count exact (a kept counter, so counting is one
 * row whatever the number of notifications). Joins the caller's transaction. Thread-safe.
 */
public interface NotificationRepository {

    /**
     * Holds, until the caller's transaction ends, a lock on each of these keys (a cause, a post, a pair of
     * accounts): another transaction locking one of them waits. Writing a notification and retracting it
     * lock the same keys, so a retraction never runs between a notification's re-check and its commit.
     * Locks are taken in a fixed order, so two callers never deadlock on them.
     */
    void lock(Collection<String> keys);

    /**
     * Stores a notification unless its recipient has one of the same cause already (idempotent, safe under
     * concurrent calls), counting it unread.
     *
     * @return whether this call stored it
     */
    boolean add(Notification notification);

    /**
     * Deletes the notifications of that cause (any recipient), uncounting the unread ones.
     *
     * @return the recipient of each unread notification deleted (whose unread count changed)
     */
    List<AccountId> retract(String cause);

    /** Deletes the notifications about a post (its likes, comments and mentions); returns as {@link #retract}. */
    List<AccountId> retractAbout(PostId post);

    /** Deletes what either account caused for the other (after a block); returns as {@link #retract}. */
    List<AccountId> retractBetween(AccountId one, AccountId other);

    /**
     * Deletes every notification {@code account} received or caused, and those about its posts and
     * comments and the replies to them (which go with it): it is being erased. Returns as {@link #retract}.
     */
    List<AccountId> eraseAllOf(AccountId account);

    /** The notifications with these ids that exist, with their actors, in no particular order; one statement. */
    List<NotificationView> find(Collection<NotificationId> ids);

    /**
     * A page of the scope's viewer's notifications, newest first, with their actors; none from an account
     * blocked either way.
     *
     * @param unreadOnly only those not read yet
     * @param before the exclusive id the page starts below; empty for the newest
     * @param limit how many at most
     */
    List<NotificationView> page(ViewerScope scope, boolean unreadOnly, Optional<NotificationId> before, int limit);

    /** How many of {@code recipient}'s notifications are unread. */
    long unreadCount(AccountId recipient);

    /** Marks these of {@code recipient}'s notifications read (others' ids are ignored); returns how many changed. */
    int markRead(AccountId recipient, Collection<NotificationId> ids);

    /** Marks every notification of {@code recipient} up to and including {@code upTo} read; returns how many changed. */
    int markReadUpTo(AccountId recipient, NotificationId upTo);
}
