package dev.kith.application.notification;

import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import java.util.Map;
import java.util.UUID;

/**
 * Deletes what an undone change notified (an unlike, an unfollow, a deleted comment or post, a block): the
 * notification disappears, and stops counting as unread. Idempotent.
 */
final class RetractHandler implements OutboxHandler {

    private final Transactor transactor;
    private final NotificationRepository notifications;

    RetractHandler(Transactor transactor, NotificationRepository notifications) {
        this.transactor = transactor;
        this.notifications = notifications;
    }

    @Override
    public void handle(OutboxMessage message) {
        Map<String, String> p = message.payload();
        transactor.run(() -> {
            if (p.containsKey("cause")) {
                notifications.retract(p.get("cause"));
            } else if (p.containsKey("post")) {
                notifications.retractAbout(new PostId(UUID.fromString(p.get("post"))));
            } else if (p.containsKey("between")) {
                String[] both = p.get("between").split(" ");
                notifications.retractBetween(new AccountId(UUID.fromString(both[0])), new AccountId(UUID.fromString(both[1])));
            }
        });
    }
}
