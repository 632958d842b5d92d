package dev.kith.application.notification;

import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.RealtimePublisher;
import dev.kith.application.notification.port.StreamEntry;
import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deletes what an undone change notified (an unlike, an unfollow, a deleted comment or post, a block): the
 * notification disappears, and stops counting as unread. Idempotent.
 */
final class RetractHandler implements OutboxHandler {

    private final Transactor transactor;
    private final NotificationRepository notifications;
    private final StreamLog log;
    private final RealtimePublisher publisher;
    private final Clock clock;

    RetractHandler(Transactor transactor, NotificationRepository notifications, StreamLog log, RealtimePublisher publisher,
                   Clock clock) {
        this.transactor = transactor;
        this.notifications = notifications;
        this.log = log;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void handle(OutboxMessage message) {
        Map<String, String> p = message.payload();
        long position = transactor.inTransaction(() -> {
            List<AccountId> changed = List.of();
            if (p.containsKey("cause")) {
                notifications.lock(List.of(Locks.cause(p.get("cause"))));
                changed = notifications.retract(p.get("cause"));
            } else if (p.containsKey("post")) {
                PostId post = new PostId(UUID.fromString(p.get("post")));
                notifications.lock(List.of(Locks.post(post)));
                changed = notifications.retractAbout(post);
            } else if (p.containsKey("between")) {
                String[] both = p.get("between").split(" ");
                AccountId one = new AccountId(UUID.fromString(both[0]));
                AccountId other = new AccountId(UUID.fromString(both[1]));
                notifications.lock(List.of(Locks.between(one, other)));
                changed = notifications.retractBetween(one, other);
            }
            long last = 0;
            for (AccountId recipient : new LinkedHashSet<>(changed)) {
                last = log.append(new StreamEntry.UnreadChanged(recipient), clock.instant());  // its open sockets get the new count
            }
            return last;
        });
        if (position > 0) {
            publisher.publish(position);
        }
    }
}
