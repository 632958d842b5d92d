package dev.kith.application.notification;

import dev.kith.application.content.port.ContentPorts;
import dev.kith.application.content.PostAudience;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.group.GroupAccess;
import dev.kith.application.graph.port.GraphPorts;
import dev.kith.application.notification.port.NotificationPorts;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.SharedPorts;
import java.time.Clock;
import java.util.Map;

/**
 * The use cases of notifications, wired to their ports; it listens to the graph and content events and
 * writes notifications through the outbox. Thread-safe.
 */
public final class Notifications implements ContextFacade {

    private final ListNotifications list;
    private final CountUnreadNotifications unreadCount;
    private final MarkNotificationsRead markRead;
    private final Streams streams;
    private final OpenStream openStream;
    private final PurgeStreamLog purgeStreamLog;
    private final Map<String, OutboxHandler> handlers;

    /**
     * Wires the notification use cases; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param graph the graph context's ports, to check that a follow still holds when its notification is written
     * @param content the content context's ports, to check that a like, comment or post still exists
     * @param visibility the graph context's policy: no notification across a block or about what the recipient may not see
     * @param audience the content context's rule of who may see a post: nobody is told of a post it may not see
     * @param groups the group context's access: the admins told of join requests, and whether a group
     *     notification still holds
     * @param events where it listens to the graph and content events
     * @param clock stamps the stream log's entries
     */
    public Notifications(SharedPorts shared, NotificationPorts ports, GraphPorts graph, ContentPorts content,
                         VisibilityPolicy visibility, PostAudience audience, GroupAccess groups, DomainEvents events,
                         Clock clock) {
        var transactor = shared.transactor();
        var notifications = ports.notifications();
        var log = ports.log();
        var publisher = ports.publisher();
        this.list = new ListNotifications(notifications, visibility);
        this.unreadCount = new CountUnreadNotifications(notifications);
        this.markRead = new MarkNotificationsRead(transactor, notifications, log, publisher, clock);
        this.streams = new Streams(log, notifications, content.queries(), visibility);
        this.openStream = new OpenStream(streams);
        this.purgeStreamLog = new PurgeStreamLog(transactor, log, clock);
        this.handlers = Map.of(
                NotificationTriggers.NOTIFY, new NotifyHandler(transactor, notifications, visibility, audience, groups, graph.follows(),
                        content.posts(), content.comments(), content.queries(), log, publisher, shared.ids(), clock),
                NotificationTriggers.RETRACT, new RetractHandler(transactor, notifications, log, publisher, clock),
                NotificationTriggers.POST, new PostStreamHandler(transactor, log, publisher, clock));
        events.subscribe(new NotificationTriggers(shared.outbox(), shared.ids(), groups));
        events.subscribe(new AccountNotificationsErasure(notifications, log, streams));
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

    /** Opens an account's real-time stream on this node. */
    public OpenStream openStream() {
        return openStream;
    }

    /** This node's open streams: call {@link Streams#deliverNew()} when woken and on a short schedule. */
    public Streams streams() {
        return streams;
    }

    /** Deletes stream events past the retention (24 hours); run it hourly. */
    public PurgeStreamLog purgeStreamLog() {
        return purgeStreamLog;
    }
}
