package dev.kith.adapter.postgres.content;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static dev.kith.application.content.port.ContentFixtures.groupPost;
import static dev.kith.application.content.port.ContentFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresAdapters;
import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.Scopes;
import dev.kith.domain.account.Account;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.Membership;
import dev.kith.domain.shared.MediaId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Posts in groups and the home timelines: fanned out to members (never to a follower who is not one),
 * taken out when a member leaves, copied in when one joins, read on read for groups at the fan-out limit,
 * read below the horizon too; the group timeline; deleting a group's posts.
 */
class GroupHomeFeedTest {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    private final SocialAdapters db = SocialAdapters.on(DB.jdbi());
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        executor.shutdownNow();
    }

    @Test
    void a_group_post_reaches_its_members_timelines_and_not_a_follower_who_is_no_member() {
        Account author = stored();
        Account member = stored();
        Account follower = stored();
        Account blocked = stored();
        GroupId group = storedGroup(author, GroupVisibility.PRIVATE);
        join(group, member, blocked);
        follow(follower, author);
        db.transactor().run(() -> db.blocks().add(blocked.id(), author.id(), T0));
        Post outside = storedPost(author);
        Post inGroup = storedGroupPost(author, group);

        assertThat(HomeTimelinePages.all(db.content(), author.id(), 5)).containsExactly(inGroup.id(), outside.id());
        assertThat(HomeTimelinePages.all(db.content(), member.id(), 5)).containsExactly(inGroup.id());
        assertThat(HomeTimelinePages.all(db.content(), follower.id(), 5)).containsExactly(outside.id());
        assertThat(HomeTimelinePages.all(db.content(), blocked.id(), 5)).as("blocks still apply").isEmpty();
        assertThat(db.content().postsBy(author.id(), Scopes.of(follower.id()), Optional.empty(), 5))
                .extracting(PostView::id).containsExactly(outside.id());
    }

    @Test
    void leaving_takes_the_groups_posts_out_joining_brings_them_in_and_an_unfollow_leaves_them() {
        Account author = stored();
        Account member = stored();
        GroupId group = storedGroup(author, GroupVisibility.PUBLIC);
        join(group, member);
        follow(member, author);
        Post outside = storedPost(author);
        Post inGroup = storedGroupPost(author, group);

        db.transactor().run(() -> db.changes().unfollow(member.id(), author.id()));
        assertThat(HomeTimelinePages.all(db.content(), member.id(), 5)).containsExactly(inGroup.id());

        db.transactor().run(() -> db.changes().leave(group, member.id()));
        assertThat(groupRows(member)).isZero();
        assertThat(HomeTimelinePages.all(db.content(), member.id(), 5)).isEmpty();

        join(group, member);
        assertThat(HomeTimelinePages.all(db.content(), member.id(), 5)).containsExactly(inGroup.id());
        assertThat(outside).isNotNull();

        db.transactor().run(() -> db.changes().delete(inGroup));
        assertThat(groupRows(member)).isZero();
        assertThat(groupRows(author)).isZero();
    }

    @Test
    void a_group_at_the_fan_out_limit_is_read_on_read_by_its_members_with_no_row_per_member() {
        SocialAdapters pulling = SocialAdapters.of(PostgresAdapters.on(DB.jdbi()).withHomeFeedFanOutLimit(3));
        Account author = stored();
        Account first = stored();
        Account second = stored();
        Account late = stored();
        Account follower = stored();
        GroupId group = storedGroup(author, GroupVisibility.PUBLIC);
        join(group, first);
        follow(follower, author);
        Post fannedOut = storedGroupPost(author, group, pulling);
        join(group, second);
        Post pulled = storedGroupPost(author, group, pulling);
        Post alsoPulled = storedGroupPost(first, group, pulling);
        join(group, late);

        assertThat(groupRows(author)).isEqualTo(1);
        assertThat(groupRows(first)).isEqualTo(1);
        assertThat(groupRows(second)).as("copied in on joining").isEqualTo(1);
        assertThat(groupRows(late)).isEqualTo(1);
        long pulledRows = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM home_feed WHERE post_id IN (:a, :b)")
                .bind("a", pulled.id().value()).bind("b", alsoPulled.id().value()).mapTo(Long.class).one());
        assertThat(pulledRows).isZero();
        for (Account reader : List.of(author, first, second, late)) {
            assertThat(HomeTimelinePages.all(pulling.content(), reader.id(), 2)).as("timeline of a member")
                    .containsExactly(alsoPulled.id(), pulled.id(), fannedOut.id());
        }
        assertThat(HomeTimelinePages.all(pulling.content(), follower.id(), 2)).isEmpty();

        db.transactor().run(() -> db.changes().leave(group, late.id()));
        assertThat(HomeTimelinePages.all(pulling.content(), late.id(), 2)).isEmpty();
    }

    @Test
    void below_the_horizon_the_timeline_reads_the_viewers_groups_posts() {
        Account author = stored();
        Account member = stored();
        Account follower = stored();
        GroupId group = storedGroup(author, GroupVisibility.PRIVATE);
        GroupId other = storedGroup(author, GroupVisibility.PUBLIC);
        join(group, member);
        follow(member, author);
        follow(follower, author);
        List<PostId> newestFirst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            newestFirst.add(0, (i % 2 == 0 ? storedGroupPost(author, group) : storedPost(author)).id());
        }
        storedGroupPost(author, other);
        // everything below the horizon: pages are read on read
        DB.jdbi().useHandle(handle -> {
            handle.createUpdate("UPDATE home_feed_horizon SET post_id = :h").bind("h", new UUID(-1L, -2L)).execute();
            handle.createUpdate("DELETE FROM home_feed").execute();
        });

        for (int limit : new int[] {1, 2, 4, 10}) {
            assertThat(HomeTimelinePages.all(new PostgresContentQueries(DB.jdbi()), member.id(), limit)).as("pages of %d", limit)
                    .isEqualTo(newestFirst);
            assertThat(HomeTimelinePages.all(new PostgresContentQueries(DB.jdbi(), 0), member.id(), limit)).as("scan, pages of %d", limit)
                    .isEqualTo(newestFirst);
        }
        assertThat(HomeTimelinePages.all(new PostgresContentQueries(DB.jdbi()), follower.id(), 10)).hasSize(3);
    }

    @Test
    void a_join_racing_a_group_post_still_gets_the_post() throws Exception {
        for (int round = 0; round < 30; round++) {
            Account author = stored();
            Account joiner = stored();
            GroupId group = storedGroup(author, GroupVisibility.PUBLIC);
            Post post = groupPost(author.id(), group);
            CountDownLatch start = new CountDownLatch(1);
            Future<?> posting = executor.submit(() -> {
                start.await();
                db.transactor().run(() -> db.changes().publish(post));
                return null;
            });
            Future<?> joining = executor.submit(() -> {
                start.await();
                join(group, joiner);
                return null;
            });
            start.countDown();
            posting.get(30, TimeUnit.SECONDS);
            joining.get(30, TimeUnit.SECONDS);

            assertThat(groupRows(joiner)).as("round %d", round).isEqualTo(1);
        }
    }

    @Test
    void the_group_timeline_pages_newest_first_leaving_out_blocked_authors_and_private_groups_to_strangers() {
        Account owner = stored();
        Account member = stored();
        Account blocker = stored();
        Account stranger = stored();
        GroupId group = storedGroup(owner, GroupVisibility.PRIVATE);
        GroupId open = storedGroup(owner, GroupVisibility.PUBLIC);
        join(group, member, blocker);
        db.transactor().run(() -> db.blocks().add(blocker.id(), member.id(), T0));
        Post first = storedGroupPost(owner, group);
        storedGroupPost(blocker, group);
        Post second = storedGroupPost(member, group);
        Post third = storedGroupPost(owner, group);
        storedGroupPost(owner, open);
        storedPost(owner);

        List<PostView> page = db.content().groupPosts(group, Scopes.of(member.id()), Optional.empty(), 2);
        List<PostView> next = db.content().groupPosts(group, Scopes.of(member.id()), Optional.of(page.get(1).id()), 2);

        assertThat(page).extracting(PostView::id).containsExactly(third.id(), second.id());
        assertThat(next).extracting(PostView::id).containsExactly(first.id());
        assertThat(db.content().groupPosts(group, Scopes.of(stranger.id()), Optional.empty(), 10)).isEmpty();
        assertThat(db.content().groupPosts(open, Scopes.of(stranger.id()), Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void deleting_a_groups_posts_returns_them_whole_and_keeps_the_authors_counts_exact() {
        Account owner = stored();
        Account member = stored();
        GroupId group = storedGroup(owner, GroupVisibility.PUBLIC);
        GroupId other = storedGroup(owner, GroupVisibility.PUBLIC);
        join(group, member);
        Post withMedia = new Post(new PostId(uuid()), member.id(), "hi @" + owner.username(), List.of(new MediaId(uuid())),
                Optional.of(group), Set.of(owner.id()), T0);
        db.transactor().run(() -> db.changes().publish(withMedia));
        Post plain = storedGroupPost(owner, group);
        Post elsewhere = storedGroupPost(owner, other);
        storedPost(owner);

        List<Post> deleted = db.transactor().inTransaction(() -> db.posts().deleteInGroup(group));

        assertThat(deleted).containsExactlyInAnyOrder(withMedia, plain);
        assertThat(db.posts().find(plain.id())).isEmpty();
        assertThat(db.posts().find(elsewhere.id())).isPresent();
        assertThat(postsCount(owner)).isEqualTo(2);
        assertThat(postsCount(member)).isZero();
        db.transactor().run(() -> db.contentPorts().homeFeed().groupDeleted(group));
        assertThat(groupRows(member)).isZero();
        assertThat(db.transactor().inTransaction(() -> db.groupPorts().groups().delete(group))).isTrue();
    }

    private Account stored() {
        Account account = account();
        db.transactor().run(() -> db.accounts().add(account));
        return account;
    }

    private GroupId storedGroup(Account owner, GroupVisibility visibility) {
        GroupId id = new GroupId(uuid());
        db.transactor().run(() -> {
            db.groupPorts().groups().add(new Group(id, "group", "", visibility, owner.id(), T0));
            db.groupPorts().memberships().add(new Membership(uuid(), id, owner.id(), GroupRole.OWNER, T0));
        });
        return id;
    }

    private void join(GroupId group, Account... accounts) {
        for (Account account : accounts) {
            db.transactor().run(() -> db.changes().join(group, account.id()));
        }
    }

    private void follow(Account follower, Account followee) {
        db.transactor().run(() -> db.changes().follow(follower.id(), followee.id(), FollowState.FOLLOWING));
    }

    private Post storedPost(Account author) {
        Post post = post(author.id());
        db.transactor().run(() -> db.changes().publish(post));
        return post;
    }

    private Post storedGroupPost(Account author, GroupId group) {
        return storedGroupPost(author, group, db);
    }

    private static Post storedGroupPost(Account author, GroupId group, SocialAdapters adapters) {
        Post post = groupPost(author.id(), group);
        adapters.transactor().run(() -> adapters.changes().publish(post));
        return post;
    }

    private static long groupRows(Account owner) {
        return DB.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM home_feed WHERE owner_id = :owner AND group_id IS NOT NULL")
                .bind("owner", owner.id().value())
                .mapTo(Long.class)
                .one());
    }

    private static long postsCount(Account account) {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT posts_count FROM accounts WHERE id = :id")
                .bind("id", account.id().value())
                .mapTo(Long.class)
                .one());
    }
}
