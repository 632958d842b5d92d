package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import java.time.Instant;
import java.util.List;

/** What the account context needs of the social graph: accepting the requests waiting when an account goes public. */
public interface PendingFollowRequests {

    /**
     * Accepts every pending follow request of {@code account}, updating the follower counts.
     *
     * @return the accounts whose requests were accepted, who follow {@code account} now
     */
    List<AccountId> acceptAll(AccountId account, Instant now);
}
