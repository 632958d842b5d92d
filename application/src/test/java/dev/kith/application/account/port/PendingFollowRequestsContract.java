package dev.kith.application.account.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.graph.port.GraphFixtures.followId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.profile.port.ProfileView;
import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.FollowState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link PendingFollowRequests} does: accept all waiting requests, counting them exactly. */
public abstract class PendingFollowRequestsContract extends SocialPortsContract {

    @Test
    void accepts_every_request_waiting_for_the_account_and_counts_them() {
        Account owner = stored();
        Account other = stored();
        Account follower = stored();
        Account first = stored();
        Account second = stored();
        Account third = stored();
        transactor().run(() -> {
            follows().add(followId(), follower.id(), owner.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), first.id(), owner.id(), FollowState.REQUESTED, T0);
            follows().add(followId(), second.id(), owner.id(), FollowState.REQUESTED, T0);
            follows().add(followId(), third.id(), owner.id(), FollowState.REQUESTED, T0);
            follows().add(followId(), first.id(), other.id(), FollowState.REQUESTED, T0);
            follows().add(followId(), owner.id(), other.id(), FollowState.REQUESTED, T0);
        });

        List<AccountId> accepted = transactor().inTransaction(() -> pendingRequests().acceptAll(owner.id(), T0.plusSeconds(1)));

        assertThat(accepted).hasSize(3).containsExactlyInAnyOrder(first.id(), second.id(), third.id());
        assertThat(follows().find(first.id(), owner.id())).contains(FollowState.FOLLOWING);
        assertThat(follows().find(third.id(), owner.id())).contains(FollowState.FOLLOWING);
        assertThat(follows().find(first.id(), other.id())).as("a request to another account").contains(FollowState.REQUESTED);
        assertThat(follows().find(owner.id(), other.id())).as("the owner's own request").contains(FollowState.REQUESTED);
        assertCounts(owner, 4, 0);
        assertCounts(first, 0, 1);
        assertCounts(second, 0, 1);
        assertCounts(follower, 0, 1);
        assertCounts(other, 0, 0);
    }

    @Test
    void accepting_again_or_with_nothing_waiting_does_nothing() {
        Account owner = stored();
        Account requester = stored();
        transactor().run(() -> follows().add(followId(), requester.id(), owner.id(), FollowState.REQUESTED, T0));
        transactor().run(() -> pendingRequests().acceptAll(owner.id(), T0));

        List<AccountId> again = transactor().inTransaction(() -> pendingRequests().acceptAll(owner.id(), T0));
        List<AccountId> none = transactor().inTransaction(() -> pendingRequests().acceptAll(requester.id(), T0));

        assertThat(again).isEmpty();
        assertThat(none).isEmpty();
        assertCounts(owner, 1, 0);
        assertCounts(requester, 0, 1);
    }

    private void assertCounts(Account account, long followers, long following) {
        ProfileView profile = profiles().byUsername(account.username()).orElseThrow();
        assertThat(profile.followersCount()).as("followers of " + account.username()).isEqualTo(followers);
        assertThat(profile.followingCount()).as("following of " + account.username()).isEqualTo(following);
    }
}
