package dev.kith.application.graph.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.graph.port.GraphFixtures.followId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.profile.port.ProfileView;
import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.graph.FollowState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FollowRepository} does: idempotent follows and requests, and followers/following
 * counts (read through {@link ProfileQueries}) that count accepted follows only, exactly. Extend it for
 * each adapter.
 */
public abstract class FollowRepositoryContract extends SocialPortsContract {

    @Test
    void finds_nothing_between_strangers() {
        Account alice = stored();
        Account bob = stored();

        assertThat(follows().find(alice.id(), bob.id())).isEmpty();
        assertThat(follows().remove(alice.id(), bob.id())).isEmpty();
    }

    @Test
    void following_an_account_erased_a_moment_ago_is_account_not_found() {
        Account alice = stored();
        Account bob = stored();
        transactor().run(() -> accounts().delete(bob.id()));

        assertThatThrownBy(() -> transactor().run(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0)))
                .isInstanceOf(AccountErrors.AccountNotFound.class);
        assertCounts(alice, 0, 0);
    }

    @Test
    void a_follow_by_an_account_erased_a_moment_ago_is_refused_as_unauthenticated() {
        Account alice = stored();
        Account bob = stored();
        transactor().run(() -> accounts().delete(alice.id()));

        assertThatThrownBy(() -> transactor().run(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0)))
                .isInstanceOf(AccountErrors.InvalidAccessToken.class);
        assertCounts(bob, 0, 0);
    }

    @Test
    void a_follow_counts_for_both_accounts_and_only_in_its_direction() {
        Account alice = stored();
        Account bob = stored();

        FollowRepository.Stored stored = transactor().inTransaction(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0));

        assertThat(stored.state()).isEqualTo(FollowState.FOLLOWING);
        assertThat(stored.created()).isTrue();
        assertThat(follows().find(alice.id(), bob.id())).contains(FollowState.FOLLOWING);
        assertThat(follows().find(bob.id(), alice.id())).isEmpty();
        assertCounts(alice, 0, 1);
        assertCounts(bob, 1, 0);
    }

    @Test
    void follows_in_both_directions_are_two_follows() {
        Account alice = stored();
        Account bob = stored();

        transactor().run(() -> {
            follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), bob.id(), alice.id(), FollowState.FOLLOWING, T0);
        });

        assertCounts(alice, 1, 1);
        assertCounts(bob, 1, 1);
    }

    @Test
    void following_again_keeps_the_stored_follow_and_counts_it_once() {
        Account alice = stored();
        Account bob = stored();
        transactor().run(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0));

        FollowRepository.Stored again = transactor().inTransaction(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0));
        FollowRepository.Stored asRequest = transactor().inTransaction(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.REQUESTED, T0));

        assertThat(again).isEqualTo(new FollowRepository.Stored(FollowState.FOLLOWING, false));
        assertThat(asRequest).isEqualTo(new FollowRepository.Stored(FollowState.FOLLOWING, false));
        assertCounts(alice, 0, 1);
        assertCounts(bob, 1, 0);
    }

    @Test
    void a_request_counts_for_nobody_until_it_is_accepted() {
        Account alice = stored();
        Account bob = stored();

        FollowRepository.Stored state = transactor().inTransaction(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.REQUESTED, T0));
        FollowRepository.Stored repeated = transactor().inTransaction(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0));

        assertThat(state).isEqualTo(new FollowRepository.Stored(FollowState.REQUESTED, true));
        assertThat(repeated).as("an existing request is kept, not upgraded").isEqualTo(new FollowRepository.Stored(FollowState.REQUESTED, false));
        assertThat(follows().find(alice.id(), bob.id())).contains(FollowState.REQUESTED);
        assertCounts(alice, 0, 0);
        assertCounts(bob, 0, 0);
    }

    @Test
    void accepting_a_request_makes_it_a_follow_and_counts_it_once() {
        Account alice = stored();
        Account bob = stored();
        transactor().run(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.REQUESTED, T0));

        boolean accepted = transactor().inTransaction(() -> follows().accept(alice.id(), bob.id(), T0.plusSeconds(1)));
        boolean acceptedAgain = transactor().inTransaction(() -> follows().accept(alice.id(), bob.id(), T0.plusSeconds(2)));

        assertThat(accepted).isTrue();
        assertThat(acceptedAgain).isFalse();
        assertThat(follows().find(alice.id(), bob.id())).contains(FollowState.FOLLOWING);
        assertCounts(alice, 0, 1);
        assertCounts(bob, 1, 0);
    }

    @Test
    void accepting_without_a_request_does_nothing() {
        Account alice = stored();
        Account bob = stored();

        assertThat(transactor().inTransaction(() -> follows().accept(alice.id(), bob.id(), T0))).isFalse();
        assertThat(follows().find(alice.id(), bob.id())).isEmpty();
        assertCounts(bob, 0, 0);
    }

    @Test
    void removing_a_follow_uncounts_it_and_removing_again_does_nothing() {
        Account alice = stored();
        Account bob = stored();
        transactor().run(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0));

        assertThat(transactor().inTransaction(() -> follows().remove(alice.id(), bob.id()))).contains(FollowState.FOLLOWING);
        assertThat(transactor().inTransaction(() -> follows().remove(alice.id(), bob.id()))).isEmpty();

        assertThat(follows().find(alice.id(), bob.id())).isEmpty();
        assertCounts(alice, 0, 0);
        assertCounts(bob, 0, 0);
    }

    @Test
    void withdrawing_a_request_changes_no_count() {
        Account alice = stored();
        Account bob = stored();
        Account carol = stored();
        transactor().run(() -> {
            follows().add(followId(), carol.id(), bob.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), alice.id(), bob.id(), FollowState.REQUESTED, T0);
        });

        assertThat(transactor().inTransaction(() -> follows().remove(alice.id(), bob.id()))).contains(FollowState.REQUESTED);

        assertCounts(alice, 0, 0);
        assertCounts(bob, 1, 0);
    }

    @Test
    void a_follow_can_be_made_again_after_it_was_removed() {
        Account alice = stored();
        Account bob = stored();
        transactor().run(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0));
        transactor().run(() -> follows().remove(alice.id(), bob.id()));

        transactor().run(() -> follows().add(followId(), alice.id(), bob.id(), FollowState.REQUESTED, T0));

        assertThat(follows().find(alice.id(), bob.id())).contains(FollowState.REQUESTED);
        assertCounts(bob, 0, 0);
    }

    @Test
    void a_rolled_back_follow_leaves_neither_row_nor_count() {
        Account alice = stored();
        Account bob = stored();

        assertThatThrownBy(() -> transactor().run(() -> {
            follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(follows().find(alice.id(), bob.id())).isEmpty();
        assertCounts(alice, 0, 0);
        assertCounts(bob, 0, 0);
    }

    @Test
    void concurrent_identical_follows_store_one_follow_and_count_it_once() throws Exception {
        Account alice = stored();
        Account bob = stored();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<FollowRepository.Stored>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> transactor().inTransaction(() ->
                        follows().add(followId(), alice.id(), bob.id(), FollowState.FOLLOWING, T0)));
            }
            int created = 0;
            for (Future<FollowRepository.Stored> result : pool.invokeAll(calls)) {
                assertThat(result.get().state()).isEqualTo(FollowState.FOLLOWING);
                created += result.get().created() ? 1 : 0;
            }
            assertThat(created).as("exactly one call stored it").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }

        assertCounts(alice, 0, 1);
        assertCounts(bob, 1, 0);
    }

    private void assertCounts(Account account, long followers, long following) {
        ProfileView profile = profiles().byUsername(account.username()).orElseThrow();
        assertThat(profile.followersCount()).as("followers of " + account.username()).isEqualTo(followers);
        assertThat(profile.followingCount()).as("following of " + account.username()).isEqualTo(following);
    }
}
