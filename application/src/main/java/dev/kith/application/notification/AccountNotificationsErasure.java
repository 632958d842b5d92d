package dev.kith.application.notification;

import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.StreamEntry;
import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.shared.EventListener;
import dev.kith.domain.account.AccountEvent;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.DomainEvent;
import java.util.LinkedHashSet;

/**
 * Erases an erased account's notifications (received, caused, and about its posts and comments) and its
 * stream log entries, in the erasure's transaction, and ends its open streams on this node at once.
 */
final class AccountNotificationsErasure implements EventListener {

    private final NotificationRepository notifications;
    private final StreamLog log;
    private final Streams streams;

    AccountNotificationsErasure(NotificationRepository notifications, StreamLog log, Streams streams) {
        this.notifications = notifications;
        this.log = log;
        this.streams = streams;
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof AccountEvent.AccountErased erased) {
            AccountId account = erased.account();
            LinkedHashSet<AccountId> changed = new LinkedHashSet<>(notifications.eraseAllOf(account));
            changed.remove(account);
            log.eraseAllOf(account);
            // their open sockets get the new count on the next scheduled delivery (nothing is published mid-transaction)
            changed.forEach(recipient -> log.append(new StreamEntry.UnreadChanged(recipient), erased.at()));
            // At once rather than after commit: a rolled-back erasure only costs the client a reconnect, and a
            // reconnect before the commit is refused once the revocation commits (sockets are re-checked every few seconds).
            streams.closeAllOf(account);
        }
    }
}
