package dev.kith.application.group.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.domain.account.Account;
import dev.kith.domain.group.Ban;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.JoinRequest;
import dev.kith.domain.group.Membership;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MembershipRepository} does: idempotent writes that say whether they changed anything, a
 * members count that stays exact (concurrent joins too), roles counted and listed by rank, an account's
 * groups and requests counted together, requests and bans kept per group.
 */
public abstract class MembershipRepositoryContract extends GroupPortsContract {

    @Test
    void adds_finds_and_removes_a_member_idempotently_keeping_the_count_exact() {
        Account owner = stored();
        Account member = stored();
        Group group = storedGroup(owner.id(), "Runners", GroupVisibility.PUBLIC);
        Membership membership = new Membership(uuid(), group.id(), member.id(), GroupRole.MEMBER, T0);

        assertThat(transactor().inTransaction(() -> memberships().add(membership))).isTrue();
        assertThat(transactor().inTransaction(() -> memberships().add(
                new Membership(uuid(), group.id(), member.id(), GroupRole.ADMIN, T0)))).as("a member already").isFalse();

        assertThat(memberships().find(group.id(), member.id())).contains(membership);
        assertThat(membersCount(group.id(), owner.id())).isEqualTo(2);

        assertThat(transactor().inTransaction(() -> memberships().remove(group.id(), member.id()))).isTrue();
        assertThat(transactor().inTransaction(() -> memberships().remove(group.id(), member.id()))).isFalse();
        assertThat(memberships().find(group.id(), member.id())).isEmpty();
        assertThat(membersCount(group.id(), owner.id())).isEqualTo(1);
    }

    @Test
    void concurrent_joins_keep_the_count_exact() throws Exception {
        Account owner = stored();
        Group group = storedGroup(owner.id(), "Crowded", GroupVisibility.PUBLIC);
        List<Account> joiners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            joiners.add(stored());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            // every joiner twice: one of each pair adds
            for (int round = 0; round < 2; round++) {
                for (Account joiner : joiners) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return transactor().inTransaction(() -> memberships().add(
                                new Membership(uuid(), group.id(), joiner.id(), GroupRole.MEMBER, T0)));
                    }));
                }
            }
            start.countDown();
            int added = 0;
            for (Future<Boolean> result : results) {
                added += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(added).isEqualTo(joiners.size());
        } finally {
            pool.shutdownNow();
        }

        assertThat(membersCount(group.id(), owner.id())).isEqualTo(1 + joiners.size());
    }

    @Test
    void changes_a_members_role_and_counts_and_lists_by_rank_oldest_membership_first() {
        Account owner = stored();
        Account admin = stored();
        Account moderator = stored();
        Account member = stored();
        Account secondOwner = stored();
        Account stranger = stored();
        Group group = storedGroup(owner.id(), "Ranks", GroupVisibility.PUBLIC);
        member(group.id(), admin.id(), GroupRole.MEMBER);
        member(group.id(), moderator.id(), GroupRole.MODERATOR);
        member(group.id(), member.id(), GroupRole.MEMBER);
        member(group.id(), secondOwner.id(), GroupRole.OWNER);

        assertThat(transactor().inTransaction(() -> memberships().changeRole(group.id(), admin.id(), GroupRole.ADMIN))).isTrue();
        assertThat(transactor().inTransaction(() -> memberships().changeRole(group.id(), stranger.id(), GroupRole.ADMIN))).isFalse();

        assertThat(memberships().find(group.id(), admin.id()).orElseThrow().role()).isEqualTo(GroupRole.ADMIN);
        assertThat(memberships().find(group.id(), stranger.id())).isEmpty();
        assertThat(memberships().countWithRole(group.id(), GroupRole.OWNER)).isEqualTo(2);
        assertThat(memberships().countWithRole(group.id(), GroupRole.ADMIN)).isEqualTo(1);
        assertThat(memberships().countWithRole(group.id(), GroupRole.MEMBER)).isEqualTo(1);
        assertThat(memberships().withRoleAtLeast(group.id(), GroupRole.ADMIN))
                .containsExactly(owner.id(), admin.id(), secondOwner.id());
        assertThat(memberships().withRoleAtLeast(group.id(), GroupRole.MODERATOR))
                .containsExactly(owner.id(), admin.id(), moderator.id(), secondOwner.id());
        assertThat(memberships().withRoleAtLeast(group.id(), GroupRole.MEMBER)).hasSize(5);
        assertThat(membersCount(group.id(), owner.id())).as("a role change is no join").isEqualTo(5);
    }

    @Test
    void counts_an_accounts_memberships_and_requests_together() {
        Account owner = stored();
        Account account = stored();
        Group first = storedGroup(owner.id(), "First", GroupVisibility.PUBLIC);
        Group second = storedGroup(owner.id(), "Second", GroupVisibility.PRIVATE);
        Group third = storedGroup(owner.id(), "Third", GroupVisibility.PRIVATE);

        assertThat(memberships().countGroupsOf(account.id())).isZero();
        member(first.id(), account.id(), GroupRole.MEMBER);
        request(second.id(), account.id());
        request(third.id(), account.id());

        assertThat(memberships().countGroupsOf(account.id())).isEqualTo(3);
        assertThat(memberships().countGroupsOf(owner.id())).isEqualTo(3);
    }

    @Test
    void stores_finds_and_drops_a_join_request_idempotently() {
        Account owner = stored();
        Account asking = stored();
        Group group = storedGroup(owner.id(), "Private", GroupVisibility.PRIVATE);
        Group other = storedGroup(owner.id(), "Other", GroupVisibility.PRIVATE);
        JoinRequest request = new JoinRequest(uuid(), group.id(), asking.id(), T0);

        assertThat(transactor().inTransaction(() -> memberships().addRequest(request))).isTrue();
        assertThat(transactor().inTransaction(() -> memberships().addRequest(
                new JoinRequest(uuid(), group.id(), asking.id(), T0.plusSeconds(5))))).isFalse();

        assertThat(memberships().findRequest(group.id(), asking.id())).contains(request);
        assertThat(memberships().findRequest(other.id(), asking.id())).isEmpty();
        assertThat(transactor().inTransaction(() -> memberships().removeRequest(group.id(), asking.id()))).isTrue();
        assertThat(transactor().inTransaction(() -> memberships().removeRequest(group.id(), asking.id()))).isFalse();
        assertThat(memberships().findRequest(group.id(), asking.id())).isEmpty();
        assertThat(membersCount(group.id(), owner.id())).as("a request is no membership").isEqualTo(1);
    }

    @Test
    void an_erased_accounts_memberships_requests_and_bans_go_and_every_count_stays_exact() {
        Account owner = stored();
        Account erased = stored();
        Account other = stored();
        Group first = storedGroup(owner.id(), "First", GroupVisibility.PUBLIC);
        Group second = storedGroup(owner.id(), "Second", GroupVisibility.PRIVATE);
        Group third = storedGroup(owner.id(), "Third", GroupVisibility.PUBLIC);
        Membership inFirst = new Membership(uuid(), first.id(), erased.id(), GroupRole.MODERATOR, T0);
        Membership inThird = new Membership(uuid(), third.id(), erased.id(), GroupRole.OWNER, T0.plusSeconds(1));
        transactor().run(() -> {
            memberships().add(inFirst);
            memberships().add(inThird);
            memberships().add(new Membership(uuid(), first.id(), other.id(), GroupRole.MEMBER, T0));
            memberships().addRequest(new JoinRequest(uuid(), second.id(), erased.id(), T0));
            memberships().addBan(new Ban(uuid(), second.id(), other.id(), erased.id(), T0));
        });
        transactor().run(() -> memberships().addBan(new Ban(uuid(), first.id(), stored().id(), owner.id(), T0)));
        Account bannedErased = stored();
        transactor().run(() -> memberships().addBan(new Ban(uuid(), third.id(), bannedErased.id(), owner.id(), T0)));

        assertThat(memberships().membershipsOf(erased.id())).containsExactly(inFirst, inThird);
        transactor().run(() -> {
            memberships().eraseAllOf(erased.id());
            memberships().eraseAllOf(bannedErased.id());
        });

        assertThat(memberships().membershipsOf(erased.id())).isEmpty();
        assertThat(memberships().findRequest(second.id(), erased.id())).isEmpty();
        assertThat(memberships().isBanned(third.id(), bannedErased.id())).isFalse();
        assertThat(memberships().isBanned(second.id(), other.id())).as("a ban it made stays").isTrue();
        assertThat(memberships().countGroupsOf(erased.id())).isZero();
        assertThat(membersCount(first.id(), owner.id())).isEqualTo(2);
        assertThat(membersCount(third.id(), owner.id())).isEqualTo(1);
        assertThat(memberships().find(first.id(), other.id())).isPresent();
    }

    @Test
    void bans_and_lifts_a_ban_idempotently_per_group() {
        Account owner = stored();
        Account banned = stored();
        Group group = storedGroup(owner.id(), "Strict", GroupVisibility.PUBLIC);
        Group other = storedGroup(owner.id(), "Lenient", GroupVisibility.PUBLIC);

        assertThat(memberships().isBanned(group.id(), banned.id())).isFalse();
        assertThat(transactor().inTransaction(() -> memberships().addBan(new Ban(uuid(), group.id(), banned.id(), owner.id(), T0))))
                .isTrue();
        assertThat(transactor().inTransaction(() -> memberships().addBan(new Ban(uuid(), group.id(), banned.id(), owner.id(), T0))))
                .isFalse();

        assertThat(memberships().isBanned(group.id(), banned.id())).isTrue();
        assertThat(memberships().isBanned(other.id(), banned.id())).isFalse();
        assertThat(memberships().countGroupsOf(banned.id())).as("a ban is no group of one's").isZero();
        assertThat(transactor().inTransaction(() -> memberships().removeBan(group.id(), banned.id()))).isTrue();
        assertThat(transactor().inTransaction(() -> memberships().removeBan(group.id(), banned.id()))).isFalse();
        assertThat(memberships().isBanned(group.id(), banned.id())).isFalse();
    }
}
