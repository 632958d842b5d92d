package dev.kith.adapter.postgres.content;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.content.port.ContentFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresAdapters;
import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.domain.account.Account;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.FollowState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
 * The precomputed home timeline beyond what the content contract sees: pages across the horizon, the
 * horizon moving, authors turning into ones read on read, the rows that leave with posts, follows and
 * accounts, and a follow racing a post.
 */
class HomeFeedTest {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    private final SocialAdapters db = SocialAdapters.on(DB.jdbi());
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        executor.shutdownNow();
    }

    @Test
    void pages_run_on_below_the_horizon_without_losing_or_repeating_a_post() {
        Account viewer = stored();
        Account followed = stored();
        follow(viewer, followed, db);
        List<PostId> newestFirst = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            newestFirst.add(0, storedPost(i % 3 == 0 ? viewer : followed, db).id());
        }
        // the feeds forget the four oldest posts: what is below the horizon is read on read
        setHorizon(newestFirst.get(6).value());
        assertThat(feedRows(viewer)).isEqualTo(6);

        for (int limit : new int[] {1, 3, 4, 6, 7, 20}) {
            PostgresContentQueries content = new PostgresContentQueries(DB.jdbi());
            assertThat(HomeTimelinePages.all(content, viewer.id(), limit)).as("pages of %d", limit).isEqualTo(newestFirst);
        }
    }

    @Test
    void advancing_deletes_what_falls_under_the_horizon_and_never_moves_it_back() {
        Account author = stored();
        Account follower = stored();
        follow(follower, author, db);
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        Post old = storedPost(author, Instant.parse("2026-11-10T12:00:00Z"));
        Post recent = storedPost(author, Instant.parse("2026-11-22T12:00:00Z"));
        PostgresHomeFeedHorizon feeds = new PostgresHomeFeedHorizon(DB.jdbi(), Duration.ofDays(3));

        assertThat(feeds.advance(now)).as("rows deleted").isEqualTo(2);
        assertThat(feeds.horizon()).isEqualTo(PostgresHomeFeedHorizon.horizonAt(now.minus(Duration.ofDays(3))));
        assertThat(feedRows(follower)).isEqualTo(1);
        assertThat(new PostgresHomeFeedHorizon(DB.jdbi(), Duration.ofDays(30)).advance(now)).isZero();
        assertThat(feeds.horizon()).isEqualTo(PostgresHomeFeedHorizon.horizonAt(now.minus(Duration.ofDays(3))));
        // still whole: the old post now comes from below the horizon
        assertThat(HomeTimelinePages.all(db.content(), follower.id(), 20)).containsExactly(recent.id(), old.id());
    }

    @Test
    void an_author_past_the_threshold_is_read_on_read_by_old_and_new_followers() {
        SocialAdapters pulling = SocialAdapters.of(PostgresAdapters.on(DB.jdbi()).withHomeFeedFanOutLimit(2));
        Account author = stored();
        Account first = stored();
        Account second = stored();
        Account late = stored();
        follow(first, author, pulling);
        Post fannedOut = storedPost(author, pulling);
        follow(second, author, pulling);
        Post pulled = storedPost(author, pulling);
        Post alsoPulled = storedPost(author, pulling);
        follow(late, author, pulling);

        // the first post went to the one follower's feed; the later ones only to the author's
        assertThat(feedRows(first)).isEqualTo(1);
        assertThat(feedRows(second)).isEqualTo(1);
        assertThat(feedRows(late)).isEqualTo(1);
        assertThat(feedRows(author)).isEqualTo(3);
        for (Account reader : List.of(first, second, late, author)) {
            assertThat(HomeTimelinePages.all(db.content(), reader.id(), 2)).as("timeline of a follower")
                    .containsExactly(alsoPulled.id(), pulled.id(), fannedOut.id());
        }
        db.transactor().run(() -> db.changes().unfollow(late.id(), author.id()));
        assertThat(HomeTimelinePages.all(db.content(), late.id(), 2)).isEmpty();
    }

    @Test
    void deleted_posts_unfollows_and_erased_accounts_leave_the_feeds() {
        Account author = stored();
        Account follower = stored();
        Account other = stored();
        follow(follower, author, db);
        follow(follower, other, db);
        follow(author, follower, db);
        Post deleted = storedPost(author, db);
        storedPost(author, db);
        storedPost(other, db);
        storedPost(follower, db);
        assertThat(feedRows(follower)).isEqualTo(4);

        db.transactor().run(() -> db.changes().delete(deleted));
        assertThat(feedRows(follower)).isEqualTo(3);
        assertThat(feedRows(author)).isEqualTo(2);

        db.transactor().run(() -> db.changes().unfollow(follower.id(), other.id()));
        assertThat(feedRows(follower)).isEqualTo(2);

        db.transactor().run(() -> db.erasure().eraseEverythingOf(author.id(), T0));
        assertThat(feedRows(follower)).isEqualTo(1);
        assertThat(feedRows(author)).isZero();
    }

    @Test
    void a_follow_racing_a_post_of_the_followee_still_gets_the_post() throws Exception {
        for (int round = 0; round < 40; round++) {
            Account author = stored();
            Account follower = stored();
            Post post = post(author.id());
            CountDownLatch start = new CountDownLatch(1);
            Future<?> posting = executor.submit(() -> {
                start.await();
                db.transactor().run(() -> db.changes().publish(post));
                return null;
            });
            Future<?> following = executor.submit(() -> {
                start.await();
                follow(follower, author, db);
                return null;
            });
            start.countDown();
            posting.get(30, TimeUnit.SECONDS);
            following.get(30, TimeUnit.SECONDS);

            assertThat(feedRows(follower)).as("round %d", round).isEqualTo(1);
        }
    }

    private Account stored() {
        Account account = account();
        db.transactor().run(() -> db.accounts().add(account));
        return account;
    }

    private static void follow(Account follower, Account followee, SocialAdapters adapters) {
        adapters.transactor().run(() -> adapters.changes().follow(follower.id(), followee.id(), FollowState.FOLLOWING));
    }

    private static Post storedPost(Account author, SocialAdapters adapters) {
        Post post = post(author.id());
        adapters.transactor().run(() -> adapters.changes().publish(post));
        return post;
    }

    // A post whose id is a version 7 uuid of the instant, as the server's ids are.
    private Post storedPost(Account author, Instant at) {
        UUID id = new UUID(at.toEpochMilli() << 16 | 0x7000, 0x8000_0000_0000_0001L);
        Post post = new Post(new PostId(id), author.id(), "at " + at, List.of(), Optional.empty(), Collections.emptySet(), at);
        db.transactor().run(() -> db.changes().publish(post));
        return post;
    }

    // What PostgresHomeFeedHorizon.advance does, at an exact id.
    private static void setHorizon(UUID horizon) {
        DB.jdbi().useHandle(handle -> {
            handle.createUpdate("UPDATE home_feed_horizon SET post_id = :h").bind("h", horizon).execute();
            handle.createUpdate("DELETE FROM home_feed WHERE post_id <= :h").bind("h", horizon).execute();
        });
    }

    private static long feedRows(Account owner) {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM home_feed WHERE owner_id = :owner")
                .bind("owner", owner.id().value())
                .mapTo(Long.class)
                .one());
    }
}
