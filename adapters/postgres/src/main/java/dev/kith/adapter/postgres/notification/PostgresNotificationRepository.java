package dev.kith.adapter.postgres.notification;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.application.graph.ViewerScope;
import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.NotificationView;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.notification.NotificationType;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link NotificationRepository} on {@code notifications}; the unread counts ({@code notification_counts})
 * are kept by a trigger on every insert, delete and read, cascades included (see the V10 migration). Each
 * page is one index range ({@code notifications_page} or {@code notifications_unread_page}) joined to the
 * actors. Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresNotificationRepository implements NotificationRepository {

    private static final String VIEW = "SELECT n.id, n.recipient_id, n.type, n.actor_id, n.post_id, n.comment_id, n.group_id, n.cause, "
            + "n.created_at, n.read, " + Rows.SUMMARY + " FROM notifications n JOIN accounts a ON a.id = n.actor_id ";

    private static final String PAGE = VIEW
            + "WHERE n.recipient_id = :recipient AND n.id < :before AND (NOT :unreadOnly OR NOT n.read) "
            + "AND " + VisibilitySql.notBlockedEitherWay("n.actor_id") + " "
            + "ORDER BY n.id DESC LIMIT :limit";

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresNotificationRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /**
     * Transaction-level advisory locks on the keys' 64-bit hashes, one statement per key, keys in their
     * natural order (every caller takes them in the same order: no deadlock among callers).
     */
    @Override
    public void lock(Collection<String> keys) {
        List<String> ordered = keys.stream().distinct().sorted().toList();
        Sql.useHandle(jdbi, handle -> ordered.forEach(key -> handle.createQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", key)
                .mapTo(String.class)
                .one()));
    }

    @Override
    public boolean add(Notification n) {
        // the accounts are checked in the statement: an account erased a moment ago gets nothing
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("INSERT INTO notifications (id, recipient_id, type, "
                        + "actor_id, post_id, comment_id, group_id, cause, created_at, read) "
                        + "SELECT :id, :recipient, :type, :actor, :post, :comment, CAST(:group AS uuid), :cause, :createdAt, :read "
                        + "WHERE EXISTS (SELECT 1 FROM accounts WHERE id = :recipient) AND EXISTS (SELECT 1 FROM accounts WHERE id = :actor) "
                        // nor about a group deleted a moment ago
                        + "AND (CAST(:group AS uuid) IS NULL OR EXISTS (SELECT 1 FROM groups WHERE id = CAST(:group AS uuid))) "
                        + "ON CONFLICT ON CONSTRAINT notifications_one_per_cause DO NOTHING")
                .bind("id", n.id().value())
                .bind("recipient", n.recipient().value())
                .bind("type", n.type().name())
                .bind("actor", n.actor().value())
                .bind("post", n.post().map(PostId::value).orElse(null))
                .bind("comment", n.comment().map(CommentId::value).orElse(null))
                .bind("group", n.group().map(GroupId::value).orElse(null))
                .bind("cause", n.cause())
                .bind("createdAt", timestamp(n.createdAt()))
                .bind("read", n.read())
                .execute() == 1);
    }

    @Override
    public List<AccountId> retract(String cause) {
        return deleting("cause = :cause", "cause", cause);
    }

    @Override
    public List<AccountId> retractAbout(PostId post) {
        return deleting("post_id = :post", "post", post.value());
    }

    @Override
    public List<AccountId> retractBetween(AccountId one, AccountId other) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("DELETE FROM notifications "
                        + "WHERE recipient_id = :one AND actor_id = :other OR recipient_id = :other AND actor_id = :one "
                        + "RETURNING recipient_id, read")
                .bind("one", one.value()).bind("other", other.value())
                .map((rs, ctx) -> rs.getBoolean("read") ? null : new AccountId(rs.getObject("recipient_id", UUID.class)))
                .list().stream().filter(Objects::nonNull).toList());
    }

    // Its posts' and comments' (and the replies to them) notifications too: those rows go with it, and
    // notifications.post_id and comment_id have no foreign key to cascade.
    @Override
    public List<AccountId> eraseAllOf(AccountId account) {
        return deleting("recipient_id = :account OR actor_id = :account "
                + "OR post_id IN (SELECT id FROM posts WHERE author_id = :account) "
                + "OR comment_id IN (SELECT id FROM comments WHERE author_id = :account "
                + "OR parent_id IN (SELECT id FROM comments WHERE author_id = :account))", "account", account.value());
    }

    // the recipients of the unread notifications deleted: their counts changed
    private List<AccountId> deleting(String where, String name, Object value) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("DELETE FROM notifications WHERE " + where
                        + " RETURNING recipient_id, read")
                .bind(name, value)
                .map((rs, ctx) -> rs.getBoolean("read") ? null : new AccountId(rs.getObject("recipient_id", UUID.class)))
                .list().stream().filter(Objects::nonNull).toList());
    }

    @Override
    public List<NotificationView> find(Collection<NotificationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.withHandle(jdbi, handle -> handle.createQuery(VIEW + "WHERE n.id = ANY (CAST(:ids AS uuid[]))")
                .bind("ids", ids.stream().map(NotificationId::value).distinct().toArray(UUID[]::new))
                .map((rs, ctx) -> view(rs))
                .list());
    }

    @Override
    public List<NotificationView> page(ViewerScope scope, boolean unreadOnly, Optional<NotificationId> before, int limit) {
        AccountId recipient = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> handle.createQuery(PAGE)
                .bind("recipient", recipient.value())
                .bind("viewer", recipient.value())
                .bind("before", before.map(NotificationId::value).orElse(Rows.NEWEST))
                .bind("unreadOnly", unreadOnly)
                .bind("limit", limit)
                .map((rs, ctx) -> view(rs))
                .list());
    }

    private static NotificationView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new NotificationView(new Notification(
                new NotificationId(rs.getObject("id", UUID.class)),
                new AccountId(rs.getObject("recipient_id", UUID.class)),
                NotificationType.valueOf(rs.getString("type")),
                new AccountId(rs.getObject("actor_id", UUID.class)),
                Optional.ofNullable(rs.getObject("post_id", UUID.class)).map(PostId::new),
                Optional.ofNullable(rs.getObject("comment_id", UUID.class)).map(CommentId::new),
                Optional.ofNullable(rs.getObject("group_id", UUID.class)).map(GroupId::new),
                rs.getString("cause"), Sql.instant(rs, "created_at"), rs.getBoolean("read")),
                Rows.summary(rs));
    }

    @Override
    public long unreadCount(AccountId recipient) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT unread FROM notification_counts WHERE recipient_id = :recipient")
                .bind("recipient", recipient.value())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    @Override
    public int markRead(AccountId recipient, Collection<NotificationId> ids) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("UPDATE notifications SET read = true "
                        + "WHERE recipient_id = :recipient AND id = ANY (CAST(:ids AS uuid[])) AND NOT read")
                .bind("recipient", recipient.value())
                .bind("ids", ids.stream().map(NotificationId::value).distinct().toArray(UUID[]::new))
                .execute());
    }

    @Override
    public int markReadUpTo(AccountId recipient, NotificationId upTo) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("UPDATE notifications SET read = true "
                        + "WHERE recipient_id = :recipient AND id <= :upTo AND NOT read")
                .bind("recipient", recipient.value())
                .bind("upTo", upTo.value())
                .execute());
    }
}
