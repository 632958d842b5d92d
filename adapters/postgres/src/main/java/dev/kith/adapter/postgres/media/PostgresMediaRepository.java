package dev.kith.adapter.postgres.media;

import dev.kith.domain.account.AccountId;
import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.MediaRows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.media.port.MediaRepository;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaState;
import dev.kith.domain.shared.MediaId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** {@link MediaRepository} on the {@code media} table. Thread-safe; joins the transaction running on the calling thread. */
public final class PostgresMediaRepository implements MediaRepository {

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresMediaRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(Media media) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("INSERT INTO media (id, owner_id, type, state, file_key, format, "
                        + "size, thumbnail_key, width, height, duration_ms, blurhash, description, attached, created_at) "
                        + "VALUES (:id, :owner, :type, :state, :file, :format, :size, :thumbnail, :width, :height, "
                        + ":durationMs, :blurhash, :description, :attached, :createdAt)")
                .bind("id", media.id().value())
                .bind("owner", media.owner().value())
                .bind("type", media.type().name().toLowerCase(Locale.ROOT))
                .bind("state", media.state().name().toLowerCase(Locale.ROOT))
                .bind("file", media.file())
                .bind("format", media.format().name())
                .bind("size", media.size())
                .bind("thumbnail", media.thumbnail().orElse(null))
                .bind("width", media.width())
                .bind("height", media.height())
                .bind("durationMs", media.duration().map(d -> d.toMillis()).orElse(null))
                .bind("blurhash", media.blurhash().orElse(null))
                .bind("description", media.description().orElse(null))
                .bind("attached", media.attached())
                .bind("createdAt", timestamp(media.createdAt()))
                .execute());
    }

    @Override
    public Optional<Media> find(MediaId id) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT " + MediaRows.COLUMNS + " FROM media m WHERE m.id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> MediaRows.media(rs))
                .findOne());
    }

    @Override
    public List<Media> findAll(Collection<MediaId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.withHandle(jdbi, handle -> MediaRows.byIds(handle, ids.stream().map(MediaId::value).toArray(UUID[]::new)));
    }

    @Override
    public void describe(MediaId id, Optional<String> description) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("UPDATE media SET description = :description WHERE id = :id")
                .bind("id", id.value())
                .bind("description", description.orElse(null))
                .execute());
    }

    @Override
    public boolean finishProcessing(MediaId id, MediaState state, Optional<String> thumbnail, Optional<String> blurhash) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("UPDATE media SET state = :state, thumbnail_key = :thumbnail, "
                        + "blurhash = :blurhash WHERE id = :id AND state = 'processing'")
                .bind("id", id.value())
                .bind("state", state.name().toLowerCase(Locale.ROOT))
                .bind("thumbnail", thumbnail.orElse(null))
                .bind("blurhash", blurhash.orElse(null))
                .execute() == 1);
    }

    @Override
    public int markAttached(Collection<MediaId> ids) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate(
                        "UPDATE media SET attached = true WHERE id = ANY (CAST(:ids AS uuid[])) AND NOT attached")
                .bind("ids", ids.stream().map(MediaId::value).distinct().toArray(UUID[]::new))
                .execute());
    }

    @Override
    public List<Media> delete(Collection<MediaId> ids) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("DELETE FROM media m WHERE m.id = ANY (CAST(:ids AS uuid[])) "
                        + "RETURNING " + MediaRows.COLUMNS)
                .bind("ids", ids.stream().map(MediaId::value).distinct().toArray(UUID[]::new))
                .map((rs, ctx) -> MediaRows.media(rs))
                .list());
    }

    @Override
    public List<Media> deleteAllOf(AccountId owner) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("DELETE FROM media m WHERE m.owner_id = :owner RETURNING "
                        + MediaRows.COLUMNS)
                .bind("owner", owner.value())
                .map((rs, ctx) -> MediaRows.media(rs))
                .list());
    }

    @Override
    public List<Media> deleteUnattachedBefore(Instant cutoff, int limit) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("DELETE FROM media m WHERE m.id IN ("
                        + "SELECT id FROM media WHERE NOT attached AND created_at < :cutoff ORDER BY created_at LIMIT :limit "
                        + "FOR UPDATE SKIP LOCKED) RETURNING " + MediaRows.COLUMNS)
                .bind("cutoff", timestamp(cutoff))
                .bind("limit", limit)
                .map((rs, ctx) -> MediaRows.media(rs))
                .list());
    }
}
