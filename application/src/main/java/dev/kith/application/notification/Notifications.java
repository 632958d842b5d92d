package dev.kith.application.notification;

import dev.kith.application.content.port.ContentPorts;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.graph.port.GraphPorts;
import dev.kith.application.notification.port.NotificationPorts;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.SharedPorts;
import java.util.Map;

/**
 * The use cases of notifications, wired to their ports; it listens to the graph and content events and
 * writes notifications through the outbox. Thread-safe.
 */
public final class Notifications implements ContextFacade {

    private final ListNotifications list;
    private final CountUnreadNotifications unreadCount;
    private final MarkNotificationsRead markRead;
    private final Map<String, OutboxHandler> handlers;

    /**
     * Wires the notification use cases; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param graph the graph context's ports, to check that a follow still holds when its notification is written
     * @param content the content context's ports, to check that a like, comment or post still exists
     * @param visibility the graph context's policy: no notification across a block or about what the recipient may not see
     * @param events where it listens to the graph and content events
     */
    public Notifications(SharedPorts shared, NotificationPorts ports, GraphPorts graph, ContentPorts content,
                         VisibilityPolicy visibility, DomainEvents events) {
        var transactor = shared.transactor();
        var notifications = ports.notifications();
        this.list = new ListNotifications(notifications, visibility);
        this.unreadCount = new CountUnreadNotifications(notifications);
        this.markRead = new MarkNotificationsRead(transactor, notifications);
        this.handlers = Map.of(
                NotificationTriggers.NOTIFY, new NotifyHandler(transactor, notifications, visibility, graph.follows(),
                        content.posts(), content.comments(), content.queries(), shared.ids()),
                NotificationTriggers.RETRACT, new RetractHandler(transactor, notifications));
        events.subscribe(new NotificationTriggers(shared.outbox(), shared.ids()));
    }

    /** Writing and retracting notifications after the changes that cause them. */
    @Override
    public Map<String, OutboxHandler> outboxHandlers() {
        return handlers;
    }

    public ListNotifications list() {
        return list;
    }

    public CountUnreadNotifications unreadCount() {
        return unreadCount;
    }

    public MarkNotificationsRead markRead() {
        return markRead;
    }
}
