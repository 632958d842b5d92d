package dev.kith.adapter.postgres.notification;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.application.graph.ViewerScope;
import dev.kith.application.notification.port.StreamEntry;
import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.notification.port.StreamRecord;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.notification.NotificationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link StreamLog} on {@code stream_log} (see the V11 migration): an append moves {@code stream_head} first,
 * and its row lock orders appends by commit. A catch-up is four index ranges merged (the viewer's own rows,
 * its own posts, its followees' posts, its groups' posts). Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresStreamLog implements StreamLog {

    private static final String COLUMNS = "l.position, l.kind, l.recipient_id, l.notification_id, l.author_id, l.post_id, l.group_id";

    // the upsert takes the head row's lock (held to commit) whether the row exists or not
    private static final String APPEND = "WITH head AS (INSERT INTO stream_head (only_row, position) VALUES (true, 1) "
            + "ON CONFLICT (only_row) DO UPDATE SET position = stream_head.position + 1 RETURNING position) "
            + "INSERT INTO stream_log (position, kind, recipient_id, notification_id, author_id, post_id, group_id, created_at) "
            + "SELECT head.position, :kind, :recipient, :notification, :author, :post, :group, :now FROM head "
            + "ON CONFLICT DO NOTHING RETURNING position";

    // the viewer's notifications and counts; its own posts outside groups; the posts outside groups of the
    // accounts it follows that neither blocks it nor are blocked by it; the posts in the groups it is a member
    // of now, of authors neither blocks: four index ranges, each cut at the limit, merged
    private static final String FOR_VIEWER = "SELECT * FROM ("
            + "(SELECT " + COLUMNS + " FROM stream_log l WHERE l.recipient_id = :viewer AND l.position > :after "
            + "ORDER BY l.position LIMIT :limit) "
            + "UNION ALL (SELECT " + COLUMNS + " FROM stream_log l WHERE l.kind = 'post' AND l.author_id = :viewer "
            + "AND " + VisibilitySql.outsideGroups("l") + " AND l.position > :after ORDER BY l.position LIMIT :limit) "
            + "UNION ALL (SELECT " + COLUMNS + " FROM follows f JOIN stream_log l ON l.kind = 'post' AND l.author_id = f.followee_id "
            + "AND " + VisibilitySql.outsideGroups("l") + " AND l.position > :after WHERE f.follower_id = :viewer AND " + VisibilitySql.accepted("f") + " "
            + "AND " + VisibilitySql.notBlockedEitherWay("f.followee_id") + " ORDER BY l.position LIMIT :limit) "
            + "UNION ALL (SELECT " + COLUMNS + " FROM group_members m JOIN stream_log l ON l.kind = 'post' "
            + "AND l.group_id = m.group_id AND l.position > :after WHERE m.account_id = :viewer "
            + "AND (l.author_id = :viewer OR " + VisibilitySql.notBlockedEitherWay("l.author_id") + ") "
            + "ORDER BY l.position LIMIT :limit)"
            + ") l ORDER BY l.position LIMIT :limit";

    private static final String AUDIENCE = "SELECT f.follower_id FROM follows f WHERE f.followee_id = :author "
            + "AND f.follower_id = ANY (CAST(:candidates AS uuid[])) AND " + VisibilitySql.accepted("f") + " "
            + "AND NOT " + VisibilitySql.blocks("f.follower_id", ":author") + " AND NOT " + VisibilitySql.blocks(":author", "f.follower_id");

    // a group post's readers among the candidates: the group's members now (the author among them, while it
    // is one), less those blocked either way with the author
    private static final String GROUP_AUDIENCE = "SELECT m.account_id FROM group_members m WHERE m.group_id = :group "
            + "AND m.account_id = ANY (CAST(:candidates AS uuid[])) AND (m.account_id = :author OR (NOT "
            + VisibilitySql.blocks("m.account_id", ":author") + " AND NOT " + VisibilitySql.blocks(":author", "m.account_id") + "))";

    private final Jdbi jdbi;

    /** A log on the database of {@code jdbi}. */
    public PostgresStreamLog(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public long append(StreamEntry entry, Instant now) {
        return Sql.withHandle(jdbi, handle -> {
            UUID recipient = null;
            UUID notification = null;
            UUID author = null;
            UUID post = null;
            UUID group = null;
            String kind;
            if (entry instanceof StreamEntry.NotificationAdded added) {
                kind = "notification";
                recipient = added.recipient().value();
                notification = added.notification().value();
            } else if (entry instanceof StreamEntry.UnreadChanged changed) {
                kind = "unread";
                recipient = changed.recipient().value();
            } else {
                StreamEntry.PostAdded added = (StreamEntry.PostAdded) entry;
                kind = "post";
                author = added.author().value();
                post = added.post().value();
                group = added.group().map(GroupId::value).orElse(null);
            }
            Optional<Long> position = handle.createQuery(APPEND)
                    .bind("kind", kind)
                    .bind("recipient", recipient)
                    .bind("notification", notification)
                    .bind("author", author)
                    .bind("post", post)
                    .bind("group", group)
                    .bind("now", timestamp(now))
                    .mapTo(Long.class)
                    .findOne();
            if (position.isPresent()) {
                return position.get();
            }
            // a post logged already: its position (the head moved for nothing, which leaves a gap, not a disorder)
            return handle.createQuery("SELECT position FROM stream_log WHERE kind = 'post' AND post_id = :post")
                    .bind("post", post).mapTo(Long.class).one();
        });
    }

    @Override
    public long head() {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT coalesce((SELECT position FROM stream_head), 0)").mapTo(Long.class).one());
    }

    @Override
    public Optional<Long> oldest() {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT position FROM stream_log ORDER BY position LIMIT 1")
                .mapTo(Long.class).findOne());
    }

    @Override
    public List<StreamRecord> after(long position, int limit) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT " + COLUMNS + " FROM stream_log l "
                        + "WHERE l.position > :after ORDER BY l.position LIMIT :limit")
                .bind("after", position)
                .bind("limit", limit)
                .map((rs, ctx) -> record(rs))
                .list());
    }

    @Override
    public List<StreamRecord> forViewer(ViewerScope scope, long position, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> handle.createQuery(FOR_VIEWER)
                .bind("viewer", viewer.value())
                .bind("after", position)
                .bind("limit", limit)
                .map((rs, ctx) -> record(rs))
                .list());
    }

    @Override
    public List<AccountId> audienceAmong(StreamEntry.PostAdded post, Collection<AccountId> candidates) {
        if (post.group().isPresent()) {
            return candidates.isEmpty() ? List.of() : Sql.withHandle(jdbi, handle -> handle.createQuery(GROUP_AUDIENCE)
                    .bind("group", post.group().get().value())
                    .bind("author", post.author().value())
                    .bind("candidates", candidates.stream().map(AccountId::value).toArray(UUID[]::new))
                    .map((rs, ctx) -> new AccountId(rs.getObject(1, UUID.class)))
                    .list());
        }
        List<AccountId> audience = new ArrayList<>();
        if (candidates.contains(post.author())) {
            audience.add(post.author());
        }
        if (candidates.isEmpty()) {
            return audience;
        }
        audience.addAll(Sql.withHandle(jdbi, handle -> handle.createQuery(AUDIENCE)
                .bind("author", post.author().value())
                .bind("candidates", candidates.stream().map(AccountId::value).toArray(UUID[]::new))
                .map((rs, ctx) -> new AccountId(rs.getObject(1, UUID.class)))
                .list()));
        return audience;
    }

    @Override
    public int eraseAllOf(AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("DELETE FROM stream_log WHERE recipient_id = :account "
                        + "OR (kind = 'post' AND author_id = :account)")
                .bind("account", account.value())
                .execute());
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("DELETE FROM stream_log WHERE created_at < :cutoff")
                .bind("cutoff", timestamp(cutoff))
                .execute());
    }

    private static StreamRecord record(ResultSet rs) throws SQLException {
        long position = rs.getLong("position");
        StreamEntry entry = switch (rs.getString("kind")) {
            case "notification" -> new StreamEntry.NotificationAdded(new AccountId(rs.getObject("recipient_id", UUID.class)),
                    new NotificationId(rs.getObject("notification_id", UUID.class)));
            case "unread" -> new StreamEntry.UnreadChanged(new AccountId(rs.getObject("recipient_id", UUID.class)));
            default -> new StreamEntry.PostAdded(new AccountId(rs.getObject("author_id", UUID.class)),
                    new PostId(rs.getObject("post_id", UUID.class)),
                    Optional.ofNullable(rs.getObject("group_id", UUID.class)).map(GroupId::new));
        };
        return new StreamRecord(position, entry);
    }
}
