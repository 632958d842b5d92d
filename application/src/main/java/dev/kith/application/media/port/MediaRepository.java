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

    /** Sets the alt text of existing media, and nothing else; absent media is ignored. */
    void describe(MediaId id, java.util.Optional<String> description);

    /**
     * Ends the processing of media still {@code PROCESSING}: its new state, and the thumbnail and blurhash
     * it got. Media no longer processing (finished by another delivery, or deleted) is left alone.
     *
     * @return whether this call ended it
     */
    boolean finishProcessing(MediaId id, dev.kith.domain.media.MediaState state, java.util.Optional<String> thumbnail,
                             java.util.Optional<String> blurhash);

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
     * Deletes every media row of {@code owner}, attached or not, in any state: it is being erased.
     *
     * @return the rows deleted by this call (their files are the caller's to delete, after commit)
     */
    List<Media> deleteAllOf(dev.kith.domain.account.AccountId owner);

    /**
     * Deletes up to {@code limit} media that nothing uses and that were uploaded before {@code cutoff}; safe on
     * several nodes at once (rows another transaction is deleting are skipped).
     *
     * @return the rows deleted
     */
    List<Media> deleteUnattachedBefore(Instant cutoff, int limit);
}
