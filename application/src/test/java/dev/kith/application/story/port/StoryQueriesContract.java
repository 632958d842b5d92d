package dev.kith.application.story.port;

import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.graph.Scopes;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.Account;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.media.Media;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StoryQueries} does: a story with its author and media and whether the viewer opened it;
 * the feed of the viewer's own and its followed authors' stories active at the given time, never across a
 * block; and a story's viewers, newest first, in keyset pages.
 */
public abstract class StoryQueriesContract extends StoryPortsContract {

    @Test
    void a_story_shows_its_author_media_and_caption_and_is_seen_once_opened_and_always_by_its_author() {
        Account author = stored();
        Account viewer = stored();
        Story story = storedStory(author.id());
        Media media = mediaRows().find(story.media()).orElseThrow();

        StoryView unseen = storyQueries().story(story.id(), viewer.id()).orElseThrow();
        view(story, viewer.id());

        assertThat(unseen.id()).isEqualTo(story.id());
        assertThat(unseen.author().id()).isEqualTo(author.id());
        assertThat(unseen.author().username()).isEqualTo(author.username().value());
        assertThat(unseen.media()).isEqualTo(media);
        assertThat(unseen.caption()).isEqualTo(story.caption());
        assertThat(unseen.createdAt()).isEqualTo(story.createdAt());
        assertThat(unseen.expiresAt()).isEqualTo(story.expiresAt());
        assertThat(unseen.seen()).isFalse();
        assertThat(storyQueries().story(story.id(), viewer.id()).orElseThrow().seen()).isTrue();
        assertThat(storyQueries().story(story.id(), author.id()).orElseThrow().seen()).isTrue();
        assertThat(storyQueries().story(new StoryId(uuid()), viewer.id())).isEmpty();
    }

    @Test
    void the_feed_holds_the_active_stories_of_the_viewer_and_of_the_accounts_it_follows_accepted() {
        Account me = stored();
        Account followed = stored();
        Account asked = storedPrivate();
        Account stranger = stored();
        Account follower = stored();
        follows(me.id(), followed.id());
        follow(me.id(), asked.id(), FollowState.REQUESTED);
        follows(follower.id(), me.id());
        Story expired = storedStory(followed.id());
        clock.advance(Duration.ofHours(2));
        Story mine = storedStory(me.id());
        Story theirs = storedStory(followed.id());
        storedStory(asked.id());
        storedStory(stranger.id());
        storedStory(follower.id());
        clock.advance(Story.LIFETIME.minusHours(1));

        List<StoryView> feed = storyQueries().feed(Scopes.of(me.id()), clock.instant());

        assertThat(feed).extracting(StoryView::id).containsExactlyInAnyOrder(mine.id(), theirs.id());
        assertThat(feed).filteredOn(story -> story.id().equals(mine.id())).singleElement()
                .satisfies(story -> assertThat(story.seen()).as("one's own stories count as seen").isTrue());
        assertThat(storyQueries().feed(Scopes.of(me.id()), theirs.expiresAt())).as("expired at the given time").isEmpty();
        assertThat(expired.isActiveAt(clock.instant())).isFalse();
    }

    @Test
    void the_feed_tells_which_stories_the_viewer_opened() {
        Account me = stored();
        Account followed = stored();
        follows(me.id(), followed.id());
        Story opened = storedStory(followed.id());
        Story unopened = storedStory(followed.id());
        view(opened, me.id());

        List<StoryView> feed = storyQueries().feed(Scopes.of(me.id()), clock.instant());

        assertThat(feed).extracting(StoryView::id).containsExactlyInAnyOrder(opened.id(), unopened.id());
        assertThat(feed).filteredOn(StoryView::seen).extracting(StoryView::id).containsExactly(opened.id());
    }

    @Test
    void the_feed_leaves_out_authors_blocked_either_way_even_while_a_follow_remains() {
        Account me = stored();
        Account blocker = stored();
        Account blocked = stored();
        follows(me.id(), blocker.id());
        follows(me.id(), blocked.id());
        storedStory(blocker.id());
        storedStory(blocked.id());
        block(blocker.id(), me.id());
        block(me.id(), blocked.id());

        assertThat(storyQueries().feed(Scopes.of(me.id()), clock.instant())).isEmpty();
    }

    @Test
    void viewers_are_listed_newest_view_first_in_keyset_pages_leaving_out_blocked_accounts() {
        Account author = stored();
        Story story = storedStory(author.id());
        Account first = stored();
        Account second = stored();
        Account third = stored();
        Account blocked = stored();
        for (Account viewer : List.of(first, second, blocked, third)) {
            clock.advance(Duration.ofMinutes(1));
            view(story, viewer.id());
        }
        block(author.id(), blocked.id());

        List<Keyed<UUID, StoryViewer>> page = storyQueries().viewers(story.id(), Scopes.of(author.id()), Optional.empty(), 2);
        List<Keyed<UUID, StoryViewer>> next = storyQueries().viewers(story.id(), Scopes.of(author.id()),
                Optional.of(page.get(1).key()), 2);

        assertThat(page).extracting(row -> row.value().account().id()).containsExactly(third.id(), second.id());
        assertThat(next).extracting(row -> row.value().account().id()).containsExactly(first.id());
        assertThat(page.get(0).value().viewedAt()).isEqualTo(clock.instant());
        assertThat(page.get(0).value().account().username()).isEqualTo(third.username().value());
    }
}
