package dev.kith.adapter.inmemory.notification;

import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.Comment;
import java.util.stream.Collectors;
import java.util.HashSet;
import java.util.Set;
import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.graph.ViewerScope;
import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.NotificationView;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** {@link NotificationRepository} as rows of the in-memory store; the unread count is counted from the rows. */
public final class InMemoryNotificationRepository implements NotificationRepository {

    private final SocialTables tables;

    public InMemoryNotificationRepository(SocialTables tables) {
        this.tables = tables;
    }

    /** Nothing to do: the store's one lock already runs every transaction alone. */
    @Override
    public void lock(Collection<String> keys) {
    }

    @Override
    public boolean add(Notification notification) {
        return tables.store.locked(() -> {
            boolean exists = tables.notifications.values().anyMatch(n -> n.recipient().equals(notification.recipient())
                    && n.cause().equals(notification.cause()));
            if (exists || tables.accounts.findById(notification.recipient()).isEmpty()
                    || tables.accounts.findById(notification.actor()).isEmpty()) {
                return false;
            }
            tables.notifications.put(notification.id(), notification);
            return true;
        });
    }

    @Override
    public List<AccountId> retract(String cause) {
        return remove(n -> n.cause().equals(cause));
    }

    @Override
    public List<AccountId> retractAbout(PostId post) {
        return remove(n -> n.post().filter(post::equals).isPresent());
    }

    @Override
    public List<AccountId> retractBetween(AccountId one, AccountId other) {
        return remove(n -> n.recipient().equals(one) && n.actor().equals(other)
                || n.recipient().equals(other) && n.actor().equals(one));
    }

    @Override
    public List<AccountId> eraseAllOf(AccountId account) {
        return tables.store.locked(() -> {
            Set<PostId> posts = tables.posts.values().filter(p -> p.author().equals(account)).map(Post::id)
                    .collect(Collectors.toSet());
            Set<CommentId> comments = tables.comments.values()
                    .filter(c -> c.author().equals(account) || posts.contains(c.post())).map(Comment::id)
                    .collect(Collectors.toCollection(HashSet::new));
            // the replies to its comments go with them
            tables.comments.values().filter(c -> c.parent().filter(comments::contains).isPresent()).map(Comment::id)
                    .toList().forEach(comments::add);
            return remove(n -> n.recipient().equals(account) || n.actor().equals(account)
                    || n.post().filter(posts::contains).isPresent() || n.comment().filter(comments::contains).isPresent());
        });
    }

    private List<AccountId> remove(Predicate<Notification> which) {
        return tables.store.locked(() -> {
            List<Notification> gone = tables.notifications.values().filter(which).toList();
            gone.forEach(n -> tables.notifications.remove(n.id()));
            return gone.stream().filter(n -> !n.read()).map(Notification::recipient).toList();
        });
    }

    @Override
    public List<NotificationView> find(Collection<NotificationId> ids) {
        return tables.store.locked(() -> ids.stream().distinct().flatMap(id -> tables.notifications.get(id).stream())
                .flatMap(n -> tables.summary(n.actor()).map(actor -> new NotificationView(n, actor)).stream())
                .toList());
    }

    @Override
    public List<NotificationView> page(ViewerScope scope, boolean unreadOnly, Optional<NotificationId> before, int limit) {
        AccountId recipient = tables.viewerOf(scope);
        return tables.store.locked(() -> tables.notifications.values()
                .filter(n -> n.recipient().equals(recipient) && (!unreadOnly || !n.read()))
                .filter(n -> !tables.blockedEitherWay(recipient, n.actor()))
                .filter(n -> before.map(b -> SocialTables.UUID_ORDER.compare(n.id().value(), b.value()) < 0).orElse(true))
                .sorted((a, b) -> SocialTables.UUID_ORDER.compare(b.id().value(), a.id().value()))
                .limit(limit)
                .flatMap(n -> tables.summary(n.actor()).map(actor -> new NotificationView(n, actor)).stream())
                .toList());
    }

    @Override
    public long unreadCount(AccountId recipient) {
        return tables.store.locked(() -> tables.notifications.values()
                .filter(n -> n.recipient().equals(recipient) && !n.read()).count());
    }

    @Override
    public int markRead(AccountId recipient, Collection<NotificationId> ids) {
        return mark(recipient, n -> ids.contains(n.id()));
    }

    @Override
    public int markReadUpTo(AccountId recipient, NotificationId upTo) {
        return mark(recipient, n -> SocialTables.UUID_ORDER.compare(n.id().value(), upTo.value()) <= 0);
    }

    private int mark(AccountId recipient, Predicate<Notification> which) {
        return tables.store.locked(() -> {
            List<Notification> unread = tables.notifications.values()
                    .filter(n -> n.recipient().equals(recipient) && !n.read() && which.test(n)).toList();
            unread.forEach(n -> tables.notifications.put(n.id(), new Notification(n.id(), n.recipient(), n.type(), n.actor(),
                    n.post(), n.comment(), n.group(), n.cause(), n.createdAt(), true)));
            return unread.size();
        });
    }
}
