package dev.kith.application.graph.port;

import dev.kith.application.graph.Scopes;
import dev.kith.application.testing.SocialPortsContract;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static dev.kith.application.graph.port.GraphFixtures.followId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.Audience;
import dev.kith.domain.graph.FollowId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.graph.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GraphQueries} does: relationships, and follower, following and request lists newest
 * first, keyset-paginated on the follow id ({@code after} exclusive), blocked accounts left out.
 */
public abstract class GraphQueriesContract extends SocialPortsContract {

    @Test
    void knows_no_audience_for_an_unknown_owner() {
        Account viewer = stored();

        assertThat(graph().audience(viewer.id(), new AccountId(uuid()))).isEmpty();
    }

    @Test
    void strangers_have_no_relationship_and_privacy_is_reported() {
        Account viewer = stored();
        Account open = stored();
        Account closed = storedPrivate();

        assertThat(graph().audience(viewer.id(), open.id())).contains(
                new Audience(viewer.id(), open.id(), false, Relationship.NONE));
        assertThat(graph().audience(viewer.id(), closed.id())).contains(
                new Audience(viewer.id(), closed.id(), true, Relationship.NONE));
    }

    @Test
    void an_account_looking_at_itself_has_no_relationship() {
        Account self = storedPrivate();

        assertThat(graph().audience(self.id(), self.id())).contains(new Audience(self.id(), self.id(), true, Relationship.NONE));
    }

    @Test
    void reports_follows_requests_and_blocks_from_the_viewer_side() {
        Account viewer = stored();
        Account owner = stored();
        Account requested = storedPrivate();
        transactor().run(() -> {
            follows().add(followId(), viewer.id(), owner.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), owner.id(), viewer.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), viewer.id(), requested.id(), FollowState.REQUESTED, T0);
            follows().add(followId(), requested.id(), viewer.id(), FollowState.REQUESTED, T0);
        });

        assertThat(relationship(viewer, owner)).isEqualTo(new Relationship(true, true, false, false, false));
        assertThat(relationship(viewer, requested)).as("a request back is not a follow")
                .isEqualTo(new Relationship(false, false, true, false, false));

        transactor().run(() -> blocks().add(owner.id(), viewer.id(), T0));
        assertThat(relationship(viewer, owner).blockedBy()).isTrue();
        assertThat(relationship(owner, viewer).blocking()).isTrue();
    }

    @Test
    void lists_accepted_followers_newest_first_keyed_by_follow_id() {
        Account owner = stored();
        Account viewer = stored();
        Account first = storedNamed("First");
        Account second = stored();
        Account requester = stored();
        FollowId firstFollow = followId();
        FollowId secondFollow = followId();
        transactor().run(() -> {
            follows().add(firstFollow, first.id(), owner.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), requester.id(), owner.id(), FollowState.REQUESTED, T0);
            follows().add(secondFollow, second.id(), owner.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), owner.id(), viewer.id(), FollowState.FOLLOWING, T0);
        });

        List<Keyed<UUID, AccountSummary>> followers = graph().followers(owner.id(), Scopes.of(viewer.id()), Optional.empty(), 10);

        assertThat(followers).extracting(Keyed::key).containsExactly(secondFollow.value(), firstFollow.value());
        assertThat(followers.get(1).value()).isEqualTo(
                new AccountSummary(first.id(), first.username().value(), Optional.of("First"), Optional.empty()));
    }

    @Test
    void lists_accepted_followings_newest_first_keyed_by_follow_id() {
        Account owner = stored();
        Account first = stored();
        Account second = stored();
        Account requested = storedPrivate();
        FollowId firstFollow = followId();
        FollowId secondFollow = followId();
        transactor().run(() -> {
            follows().add(firstFollow, owner.id(), first.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), owner.id(), requested.id(), FollowState.REQUESTED, T0);
            follows().add(secondFollow, owner.id(), second.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), first.id(), owner.id(), FollowState.FOLLOWING, T0);
        });

        List<Keyed<UUID, AccountSummary>> following = graph().following(owner.id(), Scopes.of(owner.id()), Optional.empty(), 10);

        assertThat(following).extracting(Keyed::key).containsExactly(secondFollow.value(), firstFollow.value());
        assertThat(following).extracting(row -> row.value().id()).containsExactly(second.id(), first.id());
    }

    @Test
    void an_accepted_request_lists_under_its_request_id() {
        Account owner = storedPrivate();
        Account requester = stored();
        FollowId request = followId();
        transactor().run(() -> follows().add(request, requester.id(), owner.id(), FollowState.REQUESTED, T0));
        transactor().run(() -> follows().accept(requester.id(), owner.id(), T0.plusSeconds(1)));

        assertThat(graph().followers(owner.id(), Scopes.of(owner.id()), Optional.empty(), 10)).extracting(Keyed::key)
                .containsExactly(request.value());
        assertThat(graph().pendingRequests(owner.id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void pages_followers_after_an_exclusive_key() {
        Account owner = stored();
        List<FollowId> ids = followedBy(owner, 5);

        List<Keyed<UUID, AccountSummary>> first = graph().followers(owner.id(), Scopes.of(owner.id()), Optional.empty(), 2);
        List<Keyed<UUID, AccountSummary>> second = graph().followers(owner.id(), Scopes.of(owner.id()), Optional.of(first.get(1).key()), 2);
        List<Keyed<UUID, AccountSummary>> last = graph().followers(owner.id(), Scopes.of(owner.id()), Optional.of(second.get(1).key()), 2);
        List<Keyed<UUID, AccountSummary>> beyond = graph().followers(owner.id(), Scopes.of(owner.id()), Optional.of(last.get(0).key()), 2);

        assertThat(first).extracting(Keyed::key).containsExactly(ids.get(4).value(), ids.get(3).value());
        assertThat(second).extracting(Keyed::key).containsExactly(ids.get(2).value(), ids.get(1).value());
        assertThat(last).extracting(Keyed::key).containsExactly(ids.get(0).value());
        assertThat(beyond).isEmpty();
    }

    @Test
    void pages_followings_after_an_exclusive_key() {
        Account owner = stored();
        List<FollowId> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Account followee = stored();
            FollowId id = followId();
            ids.add(id);
            transactor().run(() -> follows().add(id, owner.id(), followee.id(), FollowState.FOLLOWING, T0));
        }

        List<Keyed<UUID, AccountSummary>> second = graph().following(owner.id(), Scopes.of(owner.id()), Optional.of(ids.get(2).value()), 1);
        List<Keyed<UUID, AccountSummary>> rest = graph().following(owner.id(), Scopes.of(owner.id()), Optional.of(ids.get(1).value()), 10);

        assertThat(second).extracting(Keyed::key).containsExactly(ids.get(1).value());
        assertThat(rest).extracting(Keyed::key).containsExactly(ids.get(0).value());
    }

    @Test
    void leaves_out_followers_blocked_either_way_by_the_viewer() {
        Account owner = stored();
        Account viewer = stored();
        Account blockedByViewer = stored();
        Account blockingViewer = stored();
        Account visible = stored();
        for (Account follower : List.of(blockedByViewer, blockingViewer, visible)) {
            transactor().run(() -> follows().add(followId(), follower.id(), owner.id(), FollowState.FOLLOWING, T0));
            transactor().run(() -> follows().add(followId(), owner.id(), follower.id(), FollowState.FOLLOWING, T0));
        }
        transactor().run(() -> {
            blocks().add(viewer.id(), blockedByViewer.id(), T0);
            blocks().add(blockingViewer.id(), viewer.id(), T0);
        });

        assertThat(graph().followers(owner.id(), Scopes.of(viewer.id()), Optional.empty(), 10))
                .extracting(row -> row.value().id()).containsExactly(visible.id());
        assertThat(graph().following(owner.id(), Scopes.of(viewer.id()), Optional.empty(), 10))
                .extracting(row -> row.value().id()).containsExactly(visible.id());
        assertThat(graph().followers(owner.id(), Scopes.of(owner.id()), Optional.empty(), 10)).hasSize(3);
    }

    @Test
    void lists_pending_requests_newest_first_with_pages() {
        Account owner = storedPrivate();
        Account follower = stored();
        Account first = stored();
        Account second = stored();
        Account third = stored();
        FollowId firstRequest = followId();
        FollowId secondRequest = followId();
        FollowId thirdRequest = followId();
        transactor().run(() -> {
            follows().add(firstRequest, first.id(), owner.id(), FollowState.REQUESTED, T0);
            follows().add(followId(), follower.id(), owner.id(), FollowState.FOLLOWING, T0);
            follows().add(secondRequest, second.id(), owner.id(), FollowState.REQUESTED, T0);
            follows().add(thirdRequest, third.id(), owner.id(), FollowState.REQUESTED, T0);
            follows().add(followId(), owner.id(), follower.id(), FollowState.REQUESTED, T0);
        });

        List<Keyed<UUID, AccountSummary>> page = graph().pendingRequests(owner.id(), Optional.empty(), 2);
        List<Keyed<UUID, AccountSummary>> next = graph().pendingRequests(owner.id(), Optional.of(page.get(1).key()), 2);

        assertThat(page).extracting(Keyed::key).containsExactly(thirdRequest.value(), secondRequest.value());
        assertThat(page).extracting(row -> row.value().id()).containsExactly(third.id(), second.id());
        assertThat(next).extracting(Keyed::key).containsExactly(firstRequest.value());
        assertThat(graph().pendingRequests(follower.id(), Optional.empty(), 10)).extracting(row -> row.value().id())
                .containsExactly(owner.id());
    }

    @Test
    void lists_are_empty_for_accounts_without_follows() {
        Account lonely = stored();

        assertThat(graph().followers(lonely.id(), Scopes.of(lonely.id()), Optional.empty(), 10)).isEmpty();
        assertThat(graph().following(lonely.id(), Scopes.of(lonely.id()), Optional.empty(), 10)).isEmpty();
        assertThat(graph().pendingRequests(lonely.id(), Optional.empty(), 10)).isEmpty();
        assertThat(graph().blocked(lonely.id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void lists_the_accounts_one_blocks_by_username_in_pages() {
        Account blocker = stored();
        Account zed = account("zed_" + Long.toString(uuid().getLeastSignificantBits() & 0xFFFFFF, 36), "z" + uuid() + "@example.com");
        Account amy = account("Amy_" + Long.toString(uuid().getLeastSignificantBits() & 0xFFFFFF, 36), "a" + uuid() + "@example.com");
        Account mid = account("mid_" + Long.toString(uuid().getLeastSignificantBits() & 0xFFFFFF, 36), "m" + uuid() + "@example.com");
        Account blocksBlocker = stored();
        transactor().run(() -> {
            accounts().add(zed);
            accounts().add(amy);
            accounts().add(mid);
            blocks().add(blocker.id(), zed.id(), T0);
            blocks().add(blocker.id(), amy.id(), T0);
            blocks().add(blocker.id(), mid.id(), T0);
            blocks().add(blocksBlocker.id(), blocker.id(), T0);
        });

        List<Keyed<String, dev.kith.application.account.port.AccountSummary>> page = graph().blocked(blocker.id(), Optional.empty(), 2);
        List<Keyed<String, dev.kith.application.account.port.AccountSummary>> next =
                graph().blocked(blocker.id(), Optional.of(page.get(1).key()), 2);

        assertThat(page).extracting(row -> row.value().id()).containsExactly(amy.id(), mid.id());
        assertThat(page.get(0).key()).isEqualTo(amy.username().canonical());
        assertThat(next).extracting(row -> row.value().id()).containsExactly(zed.id());
    }

    private List<FollowId> followedBy(Account owner, int count) {
        List<FollowId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Account follower = stored();
            FollowId id = followId();
            ids.add(id);
            transactor().run(() -> follows().add(id, follower.id(), owner.id(), FollowState.FOLLOWING, T0));
        }
        return ids;
    }

    private Relationship relationship(Account viewer, Account owner) {
        return graph().audience(viewer.id(), owner.id()).orElseThrow().relationship();
    }

    @Test
    void no_list_is_read_without_the_viewer_scope_the_policy_makes() {
        AccountId someone = new AccountId(uuid());

        assertThatNullPointerException().isThrownBy(() -> graph().followers(someone, null, Optional.empty(), 10));
        assertThatNullPointerException().isThrownBy(() -> graph().following(someone, null, Optional.empty(), 10));
    }
}
