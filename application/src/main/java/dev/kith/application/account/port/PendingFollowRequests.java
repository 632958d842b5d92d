package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import java.time.Instant;

/** What the account context needs of the social graph: accepting the requests waiting when an account goes public. */
public interface PendingFollowRequests {

    /**
     * Accepts every pending follow request of {@code account}, updating the follower counts.
     *
     * @return how many were accepted
     */
    int acceptAll(AccountId account, Instant now);
}
