package dev.kith.application.media.port;

import dev.kith.domain.media.Media;
import dev.kith.domain.shared.MediaId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores the uploaded media's rows (their files are in {@link MediaStorage}). Joins the caller's transaction. Thread-safe. */
public interface MediaRepository {

    /** Stores new media. */
    void add(Media media);

    /** The media with that id. */
    Optional<Media> find(MediaId id);

    /**
     * The media with these ids that exist, in no particular order; one statement, whatever the number.
     *
     * @param ids any number of ids, unknown ones ignored
     */
    List<Media> findAll(Collection<MediaId> ids);

    /** Replaces the stored state, thumbnail, blurhash and description of existing media; absent media is ignored. */
    void update(Media media);

    /**
     * Marks media as used by a post, an avatar or a story, if not used yet.
     *
     * @return how many were marked by this call (the caller compares with how many it asked for)
     */
    int markAttached(Collection<MediaId> ids);

    /**
     * Deletes media rows.
     *
     * @return the rows deleted by this call (their files are the caller's to delete, after commit)
     */
    List<Media> delete(Collection<MediaId> ids);

    /**
     * Deletes up to {@code limit} media that nothing uses and that were uploaded before {@code cutoff}; safe on
     * several nodes at once (rows another transaction is deleting are skipped).
     *
     * @return the rows deleted
     */
    List<Media> deleteUnattachedBefore(Instant cutoff, int limit);
}
