package dev.kith.adapter.javalin.notification;

import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.JsonBodies;
import dev.kith.adapter.javalin.internal.PageParameters;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.adapter.javalin.shared.PageResponse;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.notification.CountUnreadNotifications;
import dev.kith.application.notification.ListNotifications;
import dev.kith.application.notification.Notifications;
import dev.kith.application.shared.Actor;
import dev.kith.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The signed-in account's notifications: list them, count the unread ones, mark them read. The relay writes
 * them moments after the change that causes them; which ones exist and who may see them is the core's to
 * decide.
 */
public final class NotificationRoutes implements Routes {

    private final Notifications notifications;
    private final MediaLinks links;
    private final BearerAuthentication authentication;
    private final JsonBodies bodies;

    /** Serves {@code notifications} to signed-in callers. */
    public NotificationRoutes(Notifications notifications, MediaLinks links, BearerAuthentication authentication,
                              JsonBodies bodies) {
        this.notifications = notifications;
        this.links = links;
        this.authentication = authentication;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/notifications", this::list);
        routes.get("/api/v1/notifications/unread-count", this::unreadCount);
        routes.post("/api/v1/notifications/read", this::markRead);
    }

    private void list(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ListNotifications.Query query = new ListNotifications.Query(unreadOnly(ctx.queryParam("unread")), PageParameters.of(ctx));
        ctx.json(PageResponse.of(notifications.list().execute(actor, query), view -> NotificationResponse.of(view, links)));
    }

    private void unreadCount(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(new UnreadCountResponse(notifications.unreadCount().execute(actor, new CountUnreadNotifications.Query())));
    }

    private void markRead(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        MarkReadRequest request = bodies.parse(ctx, MarkReadRequest.FIELDS, MarkReadRequest::from);
        notifications.markRead().execute(actor, request.toCommand());
        ctx.status(204);
    }

    // a filter spelt any other way would silently list everything
    private static boolean unreadOnly(String unread) {
        if (unread == null || unread.equals("false")) {
            return false;
        }
        if (unread.equals("true")) {
            return true;
        }
        throw InvalidInput.field("unread", "must be true or false");
    }
}
