package dev.kith.application.notification.port;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.domain.notification.Notification;
import java.util.Objects;

/** A notification as its recipient sees it, with the account that caused it. */
public record NotificationView(Notification notification, AccountSummary actor) {
    public NotificationView {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(actor, "actor");
    }
}
