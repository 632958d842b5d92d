package dev.kith.adapter.postgres.export;

import dev.kith.adapter.postgres.account.PostgresAccountRepository;
import dev.kith.adapter.postgres.internal.MediaRows;
import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.application.export.port.ExportSource;
import dev.kith.application.export.port.ExportedLike;
import dev.kith.application.export.port.ExportedMembership;
import dev.kith.application.export.port.ExportedRelation;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Username;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.media.Media;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.notification.NotificationType;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link ExportSource} on the tables of every context: each page is one statement, a range of an index that
 * leads with the account and orders by the key ({@code id}, or the other account's id for follows and
 * blocks), so a page costs the same however far into the account it is. Thread-safe.
 */
public final class PostgresExportSource implements ExportSource {

    /** The smallest UUID in PostgreSQL's order: the key "before every row" of a first page. */
    private static final UUID FIRST = Rows.OLDEST;

    private final Jdbi jdbi;
    private final PostgresAccountRepository accounts;

    /** A source on the database of {@code jdbi}. */
    public PostgresExportSource(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.accounts = new PostgresAccountRepository(jdbi);
    }

    @Override
    public Optional<Account> account(AccountId account) {
        return accounts.findById(account);
    }

    @Override
    public List<Post> posts(AccountId author, Optional<PostId> after, int limit) {
        return page("SELECT p.id, p.author_id, p.text, p.media_ids, p.group_id, p.created_at, "
                        + "ARRAY(SELECT m.account_id FROM post_mentions m WHERE m.post_id = p.id ORDER BY m.account_id) AS mentions "
                        + "FROM posts p WHERE p.author_id = :account AND p.id > :after ORDER BY p.id LIMIT :limit",
                author, after.map(PostId::value), limit, (rs, ctx) -> new Post(
                        new PostId(rs.getObject("id", UUID.class)),
                        new AccountId(rs.getObject("author_id", UUID.class)),
                        rs.getString("text"),
                        Rows.uuids(rs, "media_ids").stream().map(MediaId::new).toList(),
                        Optional.ofNullable(rs.getObject("group_id", UUID.class)).map(GroupId::new),
                        new HashSet<>(Rows.uuids(rs, "mentions").stream().map(AccountId::new).toList()),
                        Sql.instant(rs, "created_at")));
    }

    @Override
    public List<Comment> comments(AccountId author, Optional<CommentId> after, int limit) {
        return page("SELECT c.id, c.post_id, c.parent_id, c.author_id, c.text, c.created_at, "
                        + "ARRAY(SELECT m.account_id FROM comment_mentions m WHERE m.comment_id = c.id) AS mentions "
                        + "FROM comments c WHERE c.author_id = :account AND c.id > :after ORDER BY c.id LIMIT :limit",
                author, after.map(CommentId::value), limit, (rs, ctx) -> new Comment(
                        new CommentId(rs.getObject("id", UUID.class)),
                        new PostId(rs.getObject("post_id", UUID.class)),
                        Optional.ofNullable(rs.getObject("parent_id", UUID.class)).map(CommentId::new),
                        new AccountId(rs.getObject("author_id", UUID.class)),
                        rs.getString("text"),
                        new HashSet<>(Rows.uuids(rs, "mentions").stream().map(AccountId::new).toList()),
                        Sql.instant(rs, "created_at")));
    }

    @Override
    public List<ExportedLike> likes(AccountId liker, Optional<LikeId> after, int limit) {
        return page("SELECT id, post_id, created_at FROM likes WHERE account_id = :account AND id > :after ORDER BY id LIMIT :limit",
                liker, after.map(LikeId::value), limit, (rs, ctx) -> new ExportedLike(new LikeId(rs.getObject("id", UUID.class)),
                        new PostId(rs.getObject("post_id", UUID.class)), Sql.instant(rs, "created_at")));
    }

    @Override
    public List<ExportedRelation> followers(AccountId account, Optional<AccountId> after, int limit) {
        return page("SELECT a.id, a.username, " + VisibilitySql.pending("f") + " AS requested, f.created_at AS since FROM follows f "
                        + "JOIN accounts a ON a.id = f.follower_id "
                        + "WHERE f.followee_id = :account AND f.follower_id > :after ORDER BY f.follower_id LIMIT :limit",
                account, after.map(AccountId::value), limit, PostgresExportSource::relation);
    }

    @Override
    public List<ExportedRelation> following(AccountId account, Optional<AccountId> after, int limit) {
        return page("SELECT a.id, a.username, " + VisibilitySql.pending("f") + " AS requested, f.created_at AS since FROM follows f "
                        + "JOIN accounts a ON a.id = f.followee_id "
                        + "WHERE f.follower_id = :account AND f.followee_id > :after ORDER BY f.followee_id LIMIT :limit",
                account, after.map(AccountId::value), limit, PostgresExportSource::relation);
    }

    @Override
    public List<ExportedRelation> blocks(AccountId account, Optional<AccountId> after, int limit) {
        return page("SELECT a.id, a.username, false AS requested, b.created_at AS since FROM blocks b "
                        + "JOIN accounts a ON a.id = b.blocked_id "
                        + "WHERE b.blocker_id = :account AND b.blocked_id > :after ORDER BY b.blocked_id LIMIT :limit",
                account, after.map(AccountId::value), limit, PostgresExportSource::relation);
    }

    @Override
    public List<ExportedMembership> memberships(AccountId account, Optional<GroupId> after, int limit) {
        return page("SELECT m.group_id, g.name, m.role, m.since FROM group_members m JOIN groups g ON g.id = m.group_id "
                        + "WHERE m.account_id = :account AND m.group_id > :after ORDER BY m.group_id LIMIT :limit",
                account, after.map(GroupId::value), limit, (rs, ctx) -> new ExportedMembership(
                        new GroupId(rs.getObject("group_id", UUID.class)), rs.getString("name"),
                        GroupRole.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)), Sql.instant(rs, "since")));
    }

    @Override
    public List<Story> stories(AccountId author, Optional<StoryId> after, int limit) {
        return page("SELECT id, author_id, media_id, caption, created_at, expires_at FROM stories "
                        + "WHERE author_id = :account AND id > :after ORDER BY id LIMIT :limit",
                author, after.map(StoryId::value), limit, (rs, ctx) -> new Story(new StoryId(rs.getObject("id", UUID.class)),
                        new AccountId(rs.getObject("author_id", UUID.class)), new MediaId(rs.getObject("media_id", UUID.class)),
                        Optional.ofNullable(rs.getString("caption")), Sql.instant(rs, "created_at"),
                        Sql.instant(rs, "expires_at")));
    }

    @Override
    public List<Notification> notifications(AccountId recipient, Optional<NotificationId> after, int limit) {
        return page("SELECT id, recipient_id, type, actor_id, post_id, comment_id, group_id, cause, created_at, read "
                        + "FROM notifications WHERE recipient_id = :account AND id > :after ORDER BY id LIMIT :limit",
                recipient, after.map(NotificationId::value), limit, (rs, ctx) -> new Notification(
                        new NotificationId(rs.getObject("id", UUID.class)),
                        new AccountId(rs.getObject("recipient_id", UUID.class)),
                        NotificationType.valueOf(rs.getString("type")),
                        new AccountId(rs.getObject("actor_id", UUID.class)),
                        Optional.ofNullable(rs.getObject("post_id", UUID.class)).map(PostId::new),
                        Optional.ofNullable(rs.getObject("comment_id", UUID.class)).map(CommentId::new),
                        Optional.ofNullable(rs.getObject("group_id", UUID.class)).map(GroupId::new),
                        rs.getString("cause"), Sql.instant(rs, "created_at"), rs.getBoolean("read")));
    }

    @Override
    public List<Media> media(AccountId owner, Optional<MediaId> after, int limit) {
        return page("SELECT " + MediaRows.COLUMNS + " FROM media m WHERE m.owner_id = :account AND m.id > :after "
                        + "ORDER BY m.id LIMIT :limit",
                owner, after.map(MediaId::value), limit, (rs, ctx) -> MediaRows.media(rs));
    }

    private static ExportedRelation relation(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new ExportedRelation(new AccountId(rs.getObject("id", UUID.class)), new Username(rs.getString("username")),
                rs.getBoolean("requested"), Sql.instant(rs, "since"));
    }

    private <T> List<T> page(String sql, AccountId account, Optional<UUID> after, int limit, RowMapper<T> mapper) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(sql)
                .bind("account", account.value())
                .bind("after", after.orElse(FIRST))
                .bind("limit", limit)
                .map(mapper)
                .list());
    }
}
