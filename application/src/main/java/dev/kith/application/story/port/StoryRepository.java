package dev.kith.application.story.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryId;
import dev.kith.domain.story.StoryViewId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores stories and the record of who opened each. Joins the caller's transaction. Thread-safe. Expiry is
 * the use cases' to decide, from their clock: {@link #find} returns an expired story that is not purged yet.
 */
public interface StoryRepository {

    /** Stores a new story. */
    void add(Story story);

    /** The story with that id, expired or not. */
    Optional<Story> find(StoryId id);

    /**
     * How many stories of {@code author} are active at {@code now} (expiring after it), holding until the
     * transaction ends a lock that makes a concurrent call for the same author wait, so that two stories
     * posted at once cannot both pass a limit.
     */
    int countActiveForUpdate(AccountId author, Instant now);

    /**
     * Records that {@code viewer} opened {@code story}, once: a second view keeps the first.
     *
     * @return whether this call recorded it
     */
    boolean recordView(StoryViewId id, StoryId story, AccountId viewer, Instant at);

    /**
     * Deletes a story with its views; deleting an absent story does nothing.
     *
     * @return whether this call deleted it
     */
    boolean delete(StoryId id);

    /**
     * Deletes up to {@code limit} stories that expired at or before {@code now}, with their views; safe on
     * several nodes at once (stories another transaction is deleting are skipped, not waited for).
     *
     * @return the stories deleted (their media are the caller's to release)
     */
    List<Story> deleteExpired(Instant now, int limit);

    /**
     * Deletes every story of {@code account} (expired ones too) with their views, and its views of the
     * stories of others: it is being erased.
     *
     * @return its stories deleted by this call (their media are the caller's to release)
     */
    List<Story> eraseAllOf(AccountId account);
}
