package dev.kith.application.notification;

import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.NotificationView;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.notification.NotificationId;
import java.util.Objects;
import java.util.Optional;

/** Lists the signed-in account's notifications, newest first. */
public final class ListNotifications {

    private final NotificationRepository notifications;
    private final VisibilityPolicy visibility;

    ListNotifications(NotificationRepository notifications, VisibilityPolicy visibility) {
        this.notifications = notifications;
        this.visibility = visibility;
    }

    /**
     * A page of the actor's notifications, newest first, keyset-paginated.
     *
     * @param actor a signed-in account
     * @param query whether only unread ones, and the page
     * @return the page
     * @throws dev.kith.domain.shared.InvalidInput when the cursor is not one of this list's
     */
    public Page<NotificationView> execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        PageRequest.InList page = query.page().in(query.unreadOnly() ? "notifications_unread" : "notifications", me);
        Optional<NotificationId> before = page.afterId().map(NotificationId::new);
        return page.pageOf(notifications.page(visibility.scope(me), query.unreadOnly(), before, page.fetchSize()),
                view -> view.notification().id().value());
    }

    /** Whether only unread notifications, and which page. */
    public record Query(boolean unreadOnly, PageRequest page) {
        public Query {
            Objects.requireNonNull(page, "page");
        }
    }
}
