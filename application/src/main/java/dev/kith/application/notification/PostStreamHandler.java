package dev.kith.application.notification;

import dev.kith.application.notification.port.RealtimePublisher;
import dev.kith.application.notification.port.StreamEntry;
import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the stream entry of a new post (one entry, whatever the number of followers: each follower's
 * stream reads it through the follows) and wakes the nodes. Delivered at least once: the log keeps one
 * entry per post, so a second delivery adds nothing.
 */
final class PostStreamHandler implements OutboxHandler {

    private final Transactor transactor;
    private final StreamLog log;
    private final RealtimePublisher publisher;
    private final Clock clock;

    PostStreamHandler(Transactor transactor, StreamLog log, RealtimePublisher publisher, Clock clock) {
        this.transactor = transactor;
        this.log = log;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void handle(OutboxMessage message) {
        StreamEntry.PostAdded entry = new StreamEntry.PostAdded(new AccountId(UUID.fromString(message.payload().get("author"))),
                new PostId(UUID.fromString(message.payload().get("post"))),
                Optional.ofNullable(message.payload().get("group")).map(UUID::fromString).map(GroupId::new));
        long position = transactor.inTransaction(() -> log.append(entry, clock.instant()));
        publisher.publish(position);
    }
}
