package dev.kith.application.notification.port;

import java.util.Objects;

/**
 * The ports of the notification context. {@link dev.kith.application.notification.Notifications} wires
 * itself from it; every component is required.
 *
 * @param notifications the notifications and their unread counts
 */
public record NotificationPorts(NotificationRepository notifications) {

    /** Refuses a missing port, by name. */
    public NotificationPorts {
        Objects.requireNonNull(notifications, "notifications");
    }
}
