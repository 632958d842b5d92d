package dev.kith.application.notification.port;

import java.util.Objects;

/**
 * The ports of the notification context. {@link dev.kith.application.notification.Notifications} wires
 * itself from it; every component is required.
 *
 * @param notifications the notifications and their unread counts
 * @param log the real-time stream's events, in commit order, for catching up and for delivery
 * @param publisher what wakes every node when the log grew (Redis, or in-process on one node)
 */
public record NotificationPorts(NotificationRepository notifications, StreamLog log, RealtimePublisher publisher) {

    /** Refuses a missing port, by name. */
    public NotificationPorts {
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(publisher, "publisher");
    }
}
