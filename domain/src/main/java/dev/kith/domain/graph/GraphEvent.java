package dev.kith.domain.graph;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * What happens in the social graph. A follow that counts ("following") begins with {@link Followed} or
 * {@link FollowAccepted} and ends with {@link Unfollowed}; a request begins with {@link FollowRequested} and
 * ends with {@link FollowAccepted} or {@link FollowRequestDropped}. Repeating an idempotent command records
 * nothing.
 */
public sealed interface GraphEvent extends DomainEvent {

    /** {@code follower} now follows the public account {@code followee}. */
    record Followed(AccountId follower, AccountId followee, Instant at) implements GraphEvent {
        public Followed {
            requireAll(follower, followee, at);
        }
    }

    /** {@code follower} asked to follow the private account {@code followee}. */
    record FollowRequested(AccountId follower, AccountId followee, Instant at) implements GraphEvent {
        public FollowRequested {
            requireAll(follower, followee, at);
        }
    }

    /**
     * {@code followee} accepted {@code follower}'s request, one by one or by turning public; {@code follower}
     * now follows it.
     */
    record FollowAccepted(AccountId follower, AccountId followee, Instant at) implements GraphEvent {
        public FollowAccepted {
            requireAll(follower, followee, at);
        }
    }

    /** {@code follower} no longer follows {@code followee}: it unfollowed, or one blocked the other. */
    record Unfollowed(AccountId follower, AccountId followee, Instant at) implements GraphEvent {
        public Unfollowed {
            requireAll(follower, followee, at);
        }
    }

    /** {@code follower}'s pending request to {@code followee} is gone: withdrawn, rejected, or ended by a block. */
    record FollowRequestDropped(AccountId follower, AccountId followee, Instant at) implements GraphEvent {
        public FollowRequestDropped {
            requireAll(follower, followee, at);
        }
    }

    /** {@code blocker} blocked {@code blocked}; the follows between them ended in the same change. */
    record Blocked(AccountId blocker, AccountId blocked, Instant at) implements GraphEvent {
        public Blocked {
            requireAll(blocker, blocked, at);
        }
    }

    /** {@code blocker} unblocked {@code blocked}. */
    record Unblocked(AccountId blocker, AccountId blocked, Instant at) implements GraphEvent {
        public Unblocked {
            requireAll(blocker, blocked, at);
        }
    }

    /**
     * The event that ends the follow or request of {@code follower} to {@code followee} in state {@code ended}.
     */
    static GraphEvent ended(FollowState ended, AccountId follower, AccountId followee, Instant at) {
        return ended == FollowState.FOLLOWING
                ? new Unfollowed(follower, followee, at)
                : new FollowRequestDropped(follower, followee, at);
    }

    /** The event that begins a follow or request of {@code follower} to {@code followee} in state {@code begun}. */
    static GraphEvent begun(FollowState begun, AccountId follower, AccountId followee, Instant at) {
        return begun == FollowState.FOLLOWING
                ? new Followed(follower, followee, at)
                : new FollowRequested(follower, followee, at);
    }

    private static void requireAll(AccountId one, AccountId other, Instant at) {
        Objects.requireNonNull(one, "account");
        Objects.requireNonNull(other, "account");
        Objects.requireNonNull(at, "at");
    }
}
