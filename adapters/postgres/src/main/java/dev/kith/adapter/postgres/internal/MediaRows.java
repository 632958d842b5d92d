package dev.kith.adapter.postgres.internal;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaFormat;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.media.MediaState;
import dev.kith.domain.media.MediaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The columns and reader of a {@code media} row aliased {@code m}, for the media repository and the post views. Not API. */
public final class MediaRows {

    /** Every column of {@code media m}. */
    public static final String COLUMNS = "m.id, m.owner_id, m.type, m.state, m.file_key, m.format, m.size, m.thumbnail_key, "
            + "m.width, m.height, m.duration_ms, m.blurhash, m.description, m.attached, m.created_at";

    private MediaRows() {
    }

    /** Reads the {@link #COLUMNS}. */
    public static Media media(ResultSet rs) throws SQLException {
        long durationMs = rs.getLong("duration_ms");
        Optional<Duration> duration = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(durationMs));
        return new Media(new MediaId(rs.getObject("id", UUID.class)), new AccountId(rs.getObject("owner_id", UUID.class)),
                MediaType.valueOf(rs.getString("type").toUpperCase(Locale.ROOT)),
                MediaState.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), rs.getString("file_key"),
                MediaFormat.valueOf(rs.getString("format")), rs.getLong("size"),
                Optional.ofNullable(rs.getString("thumbnail_key")), rs.getInt("width"), rs.getInt("height"), duration,
                Optional.ofNullable(rs.getString("blurhash")), Optional.ofNullable(rs.getString("description")),
                rs.getBoolean("attached"), Sql.instant(rs, "created_at"));
    }

    /** The media with these ids, in one statement. */
    public static List<Media> byIds(Handle handle, UUID[] ids) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM media m WHERE m.id = ANY (CAST(:ids AS uuid[]))")
                .bind("ids", ids)
                .map((rs, ctx) -> media(rs))
                .list();
    }
}
