package dev.kith.application.graph.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.FollowId;
import dev.kith.domain.graph.FollowState;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores follows and follow requests, and keeps the accounts' {@code followersCount} and
 * {@code followingCount} exact: only accepted follows count. Joins the caller's transaction. Thread-safe.
 */
public interface FollowRepository {

    /** The follow of {@code followee} by {@code follower}, if any. */
    Optional<FollowState> find(AccountId follower, AccountId followee);

    /**
     * Records a follow or a request; does nothing and returns the existing state when one exists already
     * (idempotent, safe under concurrent calls).
     *
     * @return the state now stored, and whether this call stored it
     */
    Stored add(FollowId id, AccountId follower, AccountId followee, FollowState state, Instant now);

    /**
     * Removes a follow or a request.
     *
     * @return the state removed; empty when there was none
     */
    Optional<FollowState> remove(AccountId follower, AccountId followee);

    /**
     * Turns a pending request into a follow.
     *
     * @return {@code true} if a request was pending and is now accepted
     */
    boolean accept(AccountId follower, AccountId followee, Instant now);

    /**
     * What {@link #add} left stored.
     *
     * @param state the state of the follow now stored
     * @param created whether this call stored it ({@code false}: it existed already, in {@code state})
     */
    record Stored(FollowState state, boolean created) {
        public Stored {
            java.util.Objects.requireNonNull(state, "state");
        }
    }
}
