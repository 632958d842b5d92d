package dev.kith.application.notification.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kith.application.graph.Scopes;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.Membership;
import dev.kith.domain.notification.NotificationId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StreamLog} does: positions that grow in commit order, even under concurrent appends;
 * a post logged once; every entry after a position, in order; a viewer's entries (its own, its own posts,
 * the posts of the accounts it follows, none across a block); who among some accounts reads a post; and
 * the purge of old entries.
 */
public abstract class StreamLogContract extends SocialPortsContract {

    /** The log under test, on the same store as {@link #ports()}, empty at the start of each test class's run. */
    protected abstract StreamLog log();

    @Test
    void positions_grow_and_a_post_is_logged_once() {
        Account alice = stored();
        long before = log().head();
        PostId post = new PostId(uuid());

        long first = append(new StreamEntry.UnreadChanged(alice.id()));
        long second = append(new StreamEntry.PostAdded(alice.id(), post));
        long again = append(new StreamEntry.PostAdded(alice.id(), post));

        assertThat(first).isGreaterThan(before);
        assertThat(second).isGreaterThan(first);
        assertThat(again).as("the same post").isEqualTo(second);
        assertThat(log().head()).isGreaterThanOrEqualTo(second);
        assertThat(log().after(before, 10)).extracting(StreamRecord::position).containsExactly(first, second);
        assertThat(log().oldest()).hasValueSatisfying(oldest -> assertThat(oldest).isLessThanOrEqualTo(first));
    }

    @Test
    void concurrent_appends_get_distinct_positions_in_the_order_they_commit() throws Exception {
        Account alice = stored();
        long before = log().head();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> appends = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                appends.add(() -> append(new StreamEntry.UnreadChanged(alice.id())));
            }
            List<Long> positions = new ArrayList<>();
            for (Future<Long> result : pool.invokeAll(appends)) {
                positions.add(result.get());
            }
            assertThat(positions).doesNotHaveDuplicates().allMatch(p -> p > before);
            assertThat(log().after(before, 100)).extracting(StreamRecord::position).containsExactlyInAnyOrderElementsOf(positions);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_viewer_reads_its_own_entries_and_the_posts_of_whom_it_follows_but_not_across_a_block() {
        Account viewer = stored();
        Account followed = stored();
        Account blocking = stored();
        Account requested = storedPrivate();
        Account stranger = stored();
        transactor().run(() -> {
            follow(viewer.id(), followed.id(), FollowState.FOLLOWING);
            follow(viewer.id(), blocking.id(), FollowState.FOLLOWING);
            follow(viewer.id(), requested.id(), FollowState.REQUESTED);
            blocks().add(blocking.id(), viewer.id(), T0);
        });
        long before = log().head();
        long own = append(new StreamEntry.NotificationAdded(viewer.id(), new NotificationId(uuid())));
        append(new StreamEntry.UnreadChanged(stranger.id()));
        long followedPost = append(new StreamEntry.PostAdded(followed.id(), new PostId(uuid())));
        append(new StreamEntry.PostAdded(blocking.id(), new PostId(uuid())));
        append(new StreamEntry.PostAdded(requested.id(), new PostId(uuid())));
        append(new StreamEntry.PostAdded(stranger.id(), new PostId(uuid())));
        long ownPost = append(new StreamEntry.PostAdded(viewer.id(), new PostId(uuid())));
        long count = append(new StreamEntry.UnreadChanged(viewer.id()));

        assertThat(log().forViewer(Scopes.of(viewer.id()), before, 10)).extracting(StreamRecord::position)
                .containsExactly(own, followedPost, ownPost, count);
        assertThat(log().forViewer(Scopes.of(viewer.id()), followedPost, 2)).extracting(StreamRecord::position)
                .containsExactly(ownPost, count);
        assertThatNullPointerException().isThrownBy(() -> log().forViewer(null, before, 10));
    }

    @Test
    void a_posts_audience_among_some_accounts_is_its_author_and_its_unblocked_followers() {
        Account author = stored();
        Account follower = stored();
        Account blockedFollower = stored();
        Account requester = stored();
        Account stranger = stored();
        transactor().run(() -> {
            follow(follower.id(), author.id(), FollowState.FOLLOWING);
            follow(blockedFollower.id(), author.id(), FollowState.FOLLOWING);
            follow(requester.id(), author.id(), FollowState.REQUESTED);
            blocks().add(author.id(), blockedFollower.id(), T0);
        });

        List<dev.kith.domain.account.AccountId> audience = log().audienceAmong(new StreamEntry.PostAdded(author.id(), new PostId(uuid())),
                List.of(author.id(), follower.id(), blockedFollower.id(), requester.id(), stranger.id()));

        assertThat(audience).containsExactlyInAnyOrder(author.id(), follower.id());
    }

    @Test
    void a_group_post_is_read_by_the_groups_members_of_the_moment_and_never_through_follows() {
        Account author = stored();
        Account member = stored();
        Account blockedMember = stored();
        Account follower = stored();
        GroupId group = storedGroup(author.id());
        GroupPorts groups = groupPortsIfAny().orElseThrow(() -> new AssertionError("the stream log's contract needs group ports"));
        transactor().run(() -> {
            groups.memberships().add(new Membership(uuid(), group, member.id(), GroupRole.MEMBER, T0));
            groups.memberships().add(new Membership(uuid(), group, blockedMember.id(), GroupRole.MEMBER, T0));
            follow(follower.id(), author.id(), FollowState.FOLLOWING);
            blocks().add(blockedMember.id(), author.id(), T0);
        });
        long before = log().head();
        StreamEntry.PostAdded post = new StreamEntry.PostAdded(author.id(), new PostId(uuid()), Optional.of(group));
        long position = append(post);
        List<AccountId> everyone = List.of(author.id(), member.id(), blockedMember.id(), follower.id());

        assertThat(log().after(before, 10)).extracting(StreamRecord::entry).containsExactly(post);
        assertThat(log().audienceAmong(post, everyone)).containsExactlyInAnyOrder(author.id(), member.id());
        assertThat(log().forViewer(Scopes.of(member.id()), before, 10)).extracting(StreamRecord::position).containsExactly(position);
        assertThat(log().forViewer(Scopes.of(author.id()), before, 10)).extracting(StreamRecord::position).containsExactly(position);
        assertThat(log().forViewer(Scopes.of(follower.id()), before, 10)).isEmpty();
        assertThat(log().forViewer(Scopes.of(blockedMember.id()), before, 10)).isEmpty();

        transactor().run(() -> groups.memberships().remove(group, member.id()));
        assertThat(log().audienceAmong(post, everyone)).containsExactly(author.id());
        assertThat(log().forViewer(Scopes.of(member.id()), before, 10)).isEmpty();
    }

    @Test
    void old_entries_are_purged_and_the_head_stays() {
        Account alice = stored();
        long position = append(new StreamEntry.UnreadChanged(alice.id()));
        long head = log().head();

        int purged = transactor().inTransaction(() -> log().purgeBefore(T0.plus(Duration.ofDays(2))));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(log().after(position - 1, 10)).isEmpty();
        assertThat(log().head()).as("positions never go back").isEqualTo(head);
    }

    @Test
    void erasing_an_account_deletes_the_entries_addressed_to_it_and_its_posts() {
        Account erased = stored();
        Account other = stored();
        long before = log().head();
        append(new StreamEntry.NotificationAdded(erased.id(), new NotificationId(uuid())));
        append(new StreamEntry.UnreadChanged(erased.id()));
        append(new StreamEntry.PostAdded(erased.id(), new PostId(uuid())));
        long kept = append(new StreamEntry.UnreadChanged(other.id()));
        long head = log().head();

        int erasedCount = transactor().inTransaction(() -> log().eraseAllOf(erased.id()));

        assertThat(erasedCount).isEqualTo(3);
        assertThat(log().after(before, 10)).extracting(StreamRecord::position).containsExactly(kept);
        assertThat(log().head()).as("positions never go back").isEqualTo(head);
    }

    private long append(StreamEntry entry) {
        return transactor().inTransaction(() -> log().append(entry, T0));
    }
}
