package dev.kith.application.notification;

import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.shared.Actor;

/** Tells how many of the signed-in account's notifications are unread. */
public final class CountUnreadNotifications {

    private final NotificationRepository notifications;

    CountUnreadNotifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /**
     * The unread count: a kept counter, one row to read however many notifications there are.
     *
     * @param actor a signed-in account
     * @param query nothing to choose
     * @return how many are unread
     */
    public long execute(Actor actor, Query query) {
        return notifications.unreadCount(actor.requireAccount());
    }

    /** Nothing to choose. */
    public record Query() {
    }
}
