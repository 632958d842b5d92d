package dev.kith.application.notification;

import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.RealtimePublisher;
import dev.kith.application.notification.port.StreamEntry;
import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Marks notifications read: a list of them, or everything up to one. */
public final class MarkNotificationsRead {

    private static final int MAX_IDS = 100;

    private final Transactor transactor;
    private final NotificationRepository notifications;
    private final StreamLog log;
    private final RealtimePublisher publisher;
    private final Clock clock;

    MarkNotificationsRead(Transactor transactor, NotificationRepository notifications, StreamLog log, RealtimePublisher publisher,
                          Clock clock) {
        this.transactor = transactor;
        this.notifications = notifications;
        this.log = log;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Marks the given notifications of the actor read, or all of them up to and including {@code upTo};
     * idempotent. Ids of other accounts' notifications, or of none, change nothing.
     *
     * @param actor a signed-in account
     * @param command exactly one of {@code upTo} and {@code ids} (1 to 100 ids)
     * @return how many changed from unread to read
     * @throws InvalidInput when both or neither is given, or an id is malformed
     */
    public int execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        if (command.upTo().isPresent() == !command.ids().isEmpty()) {
            throw InvalidInput.field(command.upTo().isPresent() ? "ids" : "upTo", "give either upTo or ids, not both");
        }
        if (command.upTo().isPresent()) {
            NotificationId upTo = parse("upTo", command.upTo().get());
            return marked(me, () -> notifications.markReadUpTo(me, upTo));
        }
        if (command.ids().size() > MAX_IDS) {
            throw InvalidInput.field("ids", "at most " + MAX_IDS + " ids");
        }
        List<NotificationId> ids = command.ids().stream().map(id -> parse("ids", id)).toList();
        return marked(me, () -> notifications.markRead(me, ids));
    }

    // a change of the unread count goes to the account's open sockets (its other devices)
    private int marked(AccountId me, java.util.function.IntSupplier mark) {
        long[] position = {0};
        int changed = transactor.inTransaction(() -> {
            int count = mark.getAsInt();
            if (count > 0) {
                position[0] = log.append(new StreamEntry.UnreadChanged(me), clock.instant());
            }
            return count;
        });
        if (position[0] > 0) {
            publisher.publish(position[0]);
        }
        return changed;
    }

    private static NotificationId parse(String field, String id) {
        try {
            if (id != null && id.length() == 36) {
                UUID uuid = UUID.fromString(id);
                if (uuid.toString().equals(id.toLowerCase(Locale.ROOT))) {
                    return new NotificationId(uuid);
                }
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the field error
        }
        throw InvalidInput.field(field, "is not a notification id");
    }

    /** Up to which notification, or which ones. */
    public record Command(Optional<String> upTo, List<String> ids) {
        public Command {
            upTo = upTo == null ? Optional.empty() : upTo;
            ids = ids == null ? List.of() : List.copyOf(ids);
        }
    }
}
