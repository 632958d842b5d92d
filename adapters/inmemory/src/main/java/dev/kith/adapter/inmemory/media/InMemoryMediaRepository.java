package dev.kith.adapter.inmemory.media;

import dev.kith.domain.account.AccountId;
import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.media.port.MediaRepository;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaState;
import dev.kith.domain.shared.MediaId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link MediaRepository} as rows of the in-memory store, beside the accounts whose avatars they are. */
public final class InMemoryMediaRepository implements MediaRepository {

    private final SocialTables tables;

    public InMemoryMediaRepository(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public void add(Media media) {
        tables.store.locked(() -> {
            tables.requireWriter(media.owner());
            tables.media.put(media.id(), media);
            return null;
        });
    }

    @Override
    public Optional<Media> find(MediaId id) {
        return tables.store.locked(() -> tables.media.get(id));
    }

    @Override
    public List<Media> findAll(Collection<MediaId> ids) {
        return tables.store.locked(() -> ids.stream().distinct().flatMap(id -> tables.media.get(id).stream()).toList());
    }

    @Override
    public void describe(MediaId id, Optional<String> description) {
        tables.store.locked(() -> {
            tables.media.get(id).ifPresent(stored -> tables.media.put(id, stored.describedAs(description)));
            return null;
        });
    }

    @Override
    public boolean finishProcessing(MediaId id, MediaState state, Optional<String> thumbnail, Optional<String> blurhash) {
        return tables.store.locked(() -> {
            Optional<Media> processing = tables.media.get(id).filter(m -> m.state() == MediaState.PROCESSING);
            processing.ifPresent(m -> tables.media.put(id, new Media(m.id(), m.owner(), m.type(), state, m.file(), m.format(),
                    m.size(), thumbnail, m.width(), m.height(), m.duration(), blurhash, m.description(), m.attached(),
                    m.createdAt())));
            return processing.isPresent();
        });
    }

    @Override
    public int markAttached(Collection<MediaId> ids) {
        return tables.store.locked(() -> {
            int marked = 0;
            for (MediaId id : ids.stream().distinct().toList()) {
                Optional<Media> found = tables.media.get(id).filter(m -> !m.attached());
                if (found.isPresent()) {
                    Media m = found.get();
                    tables.media.put(id, new Media(m.id(), m.owner(), m.type(), m.state(), m.file(), m.format(), m.size(),
                            m.thumbnail(), m.width(), m.height(), m.duration(), m.blurhash(), m.description(), true,
                            m.createdAt()));
                    marked++;
                }
            }
            return marked;
        });
    }

    @Override
    public List<Media> delete(Collection<MediaId> ids) {
        return tables.store.locked(() -> {
            List<Media> deleted = ids.stream().distinct().flatMap(id -> tables.media.get(id).stream()).toList();
            deleted.forEach(m -> tables.media.remove(m.id()));
            return deleted;
        });
    }

    @Override
    public List<Media> deleteAllOf(AccountId owner) {
        return tables.store.locked(() -> {
            List<Media> deleted = tables.media.values().filter(m -> m.owner().equals(owner)).toList();
            deleted.forEach(m -> tables.media.remove(m.id()));
            return deleted;
        });
    }

    @Override
    public List<Media> deleteUnattachedBefore(Instant cutoff, int limit) {
        return tables.store.locked(() -> {
            List<Media> old = tables.media.values()
                    .filter(m -> !m.attached() && m.createdAt().isBefore(cutoff))
                    .sorted(Comparator.comparing(Media::createdAt))
                    .limit(limit)
                    .toList();
            old.forEach(m -> tables.media.remove(m.id()));
            return old;
        });
    }
}
