package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import java.time.Instant;

/**
 * Removes what an account did in the graph and content contexts (follows and requests both ways, blocks,
 * posts, comments, likes, mentions, home feed rows) when it is erased, keeping every counter of the
 * accounts and posts that remain exact. The contexts with listeners of their own (media, stories, groups,
 * notifications) erase their part on {@code AccountEvent.AccountErased}, recorded before this runs. Joins
 * the caller's transaction. Thread-safe.
 */
public interface AccountErasure {

    /**
     * Erases everything of {@code account} outside the account itself; called in the same transaction,
     * just before the account is deleted.
     */
    void eraseEverythingOf(AccountId account, Instant now);
}
