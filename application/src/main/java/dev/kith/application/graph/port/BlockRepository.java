package dev.kith.application.graph.port;

import dev.kith.domain.account.AccountId;
import java.time.Instant;

/** Stores blocks. Joins the caller's transaction. Thread-safe. */
public interface BlockRepository {

    /**
     * Records that {@code blocker} blocks {@code blocked}; blocking twice does nothing.
     *
     * @return {@code true} if the block is new
     */
    boolean add(AccountId blocker, AccountId blocked, Instant now);

    /**
     * Lifts a block; lifting an absent one does nothing.
     *
     * @return {@code true} if there was a block
     */
    boolean remove(AccountId blocker, AccountId blocked);
}
