package dev.kith.adapter.postgres.internal;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.content.port.PostView;
import dev.kith.application.media.port.StorageKey;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.media.Media;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The select lists and row readers the social queries share, so every list selects an author or a post
 * the same way, in the same statement as the rows it belongs to. Not API.
 */
public final class Rows {

    /** An account's summary columns, from an {@code accounts} row aliased {@code a}. */
    public static final String SUMMARY = "a.id AS a_id, a.username AS a_username, a.display_name AS a_display_name, "
            + "a.avatar_key AS a_avatar_key";

    /**
     * A post as {@code :viewer} sees it, from {@code posts p JOIN accounts a ON a.id = p.author_id}:
     * likedByMe is one probe of the likes key per row, in the same statement.
     */
    public static final String POST_VIEW = "p.id, p.text, p.media_ids, p.group_id, p.likes_count, p.comments_count, p.created_at, "
            + SUMMARY + ", EXISTS (SELECT 1 FROM likes l WHERE l.post_id = p.id AND l.account_id = :viewer) AS liked_by_me";

    /**
     * Bound instead of an absent "before" key of a newest-first list: greater than every id, so the first
     * page and the later ones share one statement text (and one cached plan).
     */
    public static final UUID NEWEST = new UUID(-1L, -1L);

    /** Bound instead of an absent "after" key of an oldest-first list: smaller than every id. */
    public static final UUID OLDEST = new UUID(0L, 0L);

    private Rows() {
    }


    /** Reads the {@link #SUMMARY} columns. */
    public static AccountSummary summary(ResultSet rs) throws SQLException {
        return summary(rs, "a");
    }

    /**
     * {@link #SUMMARY} of an {@code accounts} row aliased {@code alias}, its columns prefixed
     * {@code alias_}: for statements that select more than one account per row.
     */
    public static String summaryOf(String alias) {
        return alias + ".id AS " + alias + "_id, " + alias + ".username AS " + alias + "_username, "
                + alias + ".display_name AS " + alias + "_display_name, " + alias + ".avatar_key AS " + alias + "_avatar_key";
    }

    /** Reads the {@link #summaryOf} columns of {@code alias}. */
    public static AccountSummary summary(ResultSet rs, String alias) throws SQLException {
        return new AccountSummary(new AccountId(rs.getObject(alias + "_id", UUID.class)), rs.getString(alias + "_username"),
                Optional.ofNullable(rs.getString(alias + "_display_name")),
                Optional.ofNullable(rs.getString(alias + "_avatar_key")).map(StorageKey::new));
    }

    /** Reads the {@link #POST_VIEW} columns: the view without its media, and the ids of its media. */
    public static PostRow postRow(ResultSet rs) throws SQLException {
        return new PostRow(new PostView(new PostId(rs.getObject("id", UUID.class)), summary(rs), rs.getString("text"), List.of(),
                Optional.ofNullable(rs.getObject("group_id", UUID.class)).map(GroupId::new),
                rs.getLong("likes_count"), rs.getLong("comments_count"), rs.getBoolean("liked_by_me"),
                Sql.instant(rs, "created_at")), uuids(rs, "media_ids"));
    }

    /** A post's view as read, and the ids of its media, read afterwards for the whole page. */
    public record PostRow(PostView view, List<UUID> media) {
    }

    /**
     * The views of {@code rows} with their media, read in one more statement only when a post of the page
     * has media (never one per post).
     */
    public static List<PostView> withMedia(Handle handle, List<PostRow> rows) {
        UUID[] ids = rows.stream().flatMap(row -> row.media().stream()).distinct().toArray(UUID[]::new);
        if (ids.length == 0) {
            return rows.stream().map(PostRow::view).toList();
        }
        Map<UUID, Media> media = MediaRows.byIds(handle, ids).stream()
                .collect(Collectors.toMap(m -> m.id().value(), Function.identity()));
        return rows.stream().map(row -> row.view().withMedia(row.media().stream()
                .map(media::get).filter(Objects::nonNull).toList())).toList();
    }

    /** The ids in a {@code uuid[]} column, in order. */
    public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((UUID[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /**
     * {@code prefix} as a LIKE pattern matching what starts with it: {@code \}, {@code %} and {@code _}
     * are escaped (backslash is LIKE's default escape), so they match only themselves.
     */
    public static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
