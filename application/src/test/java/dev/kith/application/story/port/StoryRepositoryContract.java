package dev.kith.application.story.port;

import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryErrors;
import dev.kith.domain.story.StoryId;
import dev.kith.domain.story.StoryViewId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StoryRepository} does: stores stories as given, counts an author's active stories by the
 * caller's clock, records each viewer once, and deletes stories (one, or the expired ones in batches that
 * several nodes may take at once) with their views.
 */
public abstract class StoryRepositoryContract extends StoryPortsContract {

    @Test
    void a_story_is_found_as_stored_and_an_unknown_one_is_not() {
        Account author = stored();
        Story story = storedStory(author.id());

        assertThat(stories().find(story.id())).contains(story);
        assertThat(stories().find(new StoryId(uuid()))).isEmpty();
    }

    @Test
    void the_active_count_is_by_the_callers_clock_and_leaves_out_expired_stories_and_other_authors() {
        Account author = stored();
        Account other = stored();
        storedStory(author.id());
        clock.advance(Duration.ofHours(1));
        storedStory(author.id());
        storedStory(other.id());
        Instant firstExpires = clock.instant().minus(Duration.ofHours(1)).plus(Story.LIFETIME);

        assertThat(count(author, clock.instant())).isEqualTo(2);
        assertThat(count(author, firstExpires.minusNanos(1000))).isEqualTo(2);
        assertThat(count(author, firstExpires)).isEqualTo(1);
        assertThat(count(author, clock.instant().plus(Story.LIFETIME))).isZero();
        assertThat(count(stored(), clock.instant())).isZero();
    }

    private int count(Account author, Instant now) {
        return transactor().inTransaction(() -> stories().countActiveForUpdate(author.id(), now));
    }

    @Test
    void a_view_is_recorded_once_per_viewer() {
        Account author = stored();
        Account viewer = stored();
        Story story = storedStory(author.id());

        assertThat(view(story, viewer.id())).isTrue();
        assertThat(view(story, viewer.id())).isFalse();
        assertThat(view(story, stored().id())).isTrue();
    }

    @Test
    void viewing_a_story_deleted_a_moment_ago_is_story_not_found() {
        Account author = stored();
        Story story = storedStory(author.id());
        transactor().run(() -> stories().delete(story.id()));

        assertThatThrownBy(() -> view(story, stored().id())).isInstanceOf(StoryErrors.StoryNotFound.class);
    }

    @Test
    void a_view_by_an_account_erased_a_moment_ago_is_refused_as_unauthenticated() {
        Account author = stored();
        Account viewer = stored();
        Story story = storedStory(author.id());
        transactor().run(() -> accounts().delete(viewer.id()));

        assertThatThrownBy(() -> view(story, viewer.id())).isInstanceOf(AccountErrors.InvalidAccessToken.class);
    }

    @Test
    void deleting_a_story_deletes_its_views_and_deleting_it_again_does_nothing() {
        Account author = stored();
        Account viewer = stored();
        Story story = storedStory(author.id());
        view(story, viewer.id());

        assertThat(transactor().inTransaction(() -> stories().delete(story.id()))).isTrue();
        assertThat(transactor().inTransaction(() -> stories().delete(story.id()))).isFalse();
        assertThat(stories().find(story.id())).isEmpty();
        assertThat(transactor().inTransaction(() -> stories().recordView(new StoryViewId(uuid()), storedStory(author.id()).id(),
                viewer.id(), clock.instant()))).as("a later story is viewed afresh").isTrue();
    }

    @Test
    void erasing_an_account_takes_its_stories_and_its_views_with_it() {
        Account author = stored();
        Account viewer = stored();
        Story erased = storedStory(author.id());
        Story kept = storedStory(viewer.id());
        view(kept, author.id());

        transactor().run(() -> accounts().delete(author.id()));

        assertThat(stories().find(erased.id())).isEmpty();
        assertThat(stories().find(kept.id())).isPresent();
        assertThat(storyQueries().viewers(kept.id(), dev.kith.application.graph.Scopes.of(viewer.id()),
                java.util.Optional.empty(), 10)).isEmpty();
    }

    @Test
    void erasing_all_of_an_account_deletes_its_stories_with_their_views_and_its_views_of_others() {
        Account erased = stored();
        Account other = stored();
        Story own = storedStory(erased.id());
        Story others = storedStory(other.id());
        view(own, other.id());
        view(others, erased.id());

        List<Story> deleted = transactor().inTransaction(() -> stories().eraseAllOf(erased.id()));

        assertThat(deleted).extracting(Story::id).containsExactly(own.id());
        assertThat(stories().find(own.id())).isEmpty();
        assertThat(stories().find(others.id())).isPresent();
        assertThat(storyQueries().viewers(others.id(), dev.kith.application.graph.Scopes.of(other.id()),
                java.util.Optional.empty(), 10)).isEmpty();
    }

    @Test
    void the_purge_deletes_only_what_expired_by_the_given_time_in_batches_with_the_views() {
        Account author = stored();
        Account viewer = stored();
        List<Story> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            old.add(storedStory(author.id()));
        }
        view(old.get(0), viewer.id());
        clock.advance(Duration.ofHours(2));
        Story young = storedStory(author.id());
        clock.advance(Story.LIFETIME.minusHours(1));  // the old ones expired an hour ago; the young one has an hour left

        List<Story> first = transactor().inTransaction(() -> stories().deleteExpired(clock.instant(), 3));
        List<Story> rest = transactor().inTransaction(() -> stories().deleteExpired(clock.instant(), 3));
        List<Story> none = transactor().inTransaction(() -> stories().deleteExpired(clock.instant(), 3));

        assertThat(first).hasSize(3);
        assertThat(rest).hasSize(2);
        assertThat(none).isEmpty();
        List<Story> purged = new ArrayList<>(first);
        purged.addAll(rest);
        assertThat(purged).containsExactlyInAnyOrderElementsOf(old);
        assertThat(stories().find(young.id())).contains(young);
        assertThat(transactor().inTransaction(() -> stories().deleteExpired(young.expiresAt(), 3))).containsExactly(young);
    }

    @Test
    void purges_running_at_once_delete_each_expired_story_once() throws Exception {
        Account author = stored();
        for (int i = 0; i < 40; i++) {
            storedStory(author.id());
        }
        Instant later = clock.instant().plus(Story.LIFETIME);
        Callable<List<StoryId>> purge = () -> {
            List<StoryId> mine = new ArrayList<>();
            while (true) {
                List<Story> batch = transactor().inTransaction(() -> stories().deleteExpired(later, 3));
                if (batch.isEmpty()) {
                    return mine;
                }
                batch.forEach(story -> mine.add(story.id()));
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<StoryId>>> runs = pool.invokeAll(List.of(purge, purge, purge));
            List<StoryId> all = new ArrayList<>();
            for (Future<List<StoryId>> run : runs) {
                all.addAll(run.get());
            }
            Set<StoryId> distinct = new HashSet<>(all);
            assertThat(all).hasSize(40);
            assertThat(distinct).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
    }
}
