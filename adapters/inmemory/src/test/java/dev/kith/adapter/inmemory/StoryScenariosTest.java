package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.adapter.media.ImageIoMediaProcessor;
import dev.kith.application.Kith;
import dev.kith.application.graph.AnswerFollowRequest;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.media.GetMedia;
import dev.kith.application.media.UploadMedia;
import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.application.story.DeleteStory;
import dev.kith.application.story.GetStoryFeed;
import dev.kith.application.story.ListStoryViewers;
import dev.kith.application.story.PostStory;
import dev.kith.application.story.ViewStory;
import dev.kith.application.story.port.AuthorStories;
import dev.kith.application.story.port.StoryView;
import dev.kith.application.story.port.StoryViewer;
import dev.kith.application.testing.MutableClock;
import dev.kith.application.testing.TestMedia;
import dev.kith.domain.media.MediaErrors;
import dev.kith.domain.shared.DomainEvent;
import dev.kith.domain.shared.InvalidInput;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryErrors;
import dev.kith.domain.story.StoryEvent;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The story rules, end to end on the in-memory core with the real image processor. */
class StoryScenariosTest {

    private static final Actor ANYONE = Actor.anonymous();
    private static final byte[] IMAGE = TestMedia.jpeg(64, 48);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    private final List<DomainEvent> events = new ArrayList<>();
    private final InMemoryKith core = InMemoryKith.builder(clock, adapters)
            .override(MediaProcessor.class, ImageIoMediaProcessor.withDefaults())
            .listener(events::add)
            .build();
    private final Kith kith = core.kith();

    private Actor member(String username) {
        return Members.signUp(core, username);
    }

    private void follow(Actor actor, String username) {
        kith.graph().follow().execute(actor, new FollowAccount.Command(username));
    }

    private String upload(Actor actor) {
        return kith.media().upload().execute(actor, new UploadMedia.Command(new ByteArrayInputStream(IMAGE), Optional.empty()))
                .id().toString();
    }

    private StoryView post(Actor actor) {
        return post(actor, upload(actor), Optional.empty());
    }

    private StoryView post(Actor actor, String mediaId, Optional<String> caption) {
        return kith.stories().post().execute(actor, new PostStory.Command(mediaId, caption));
    }

    private StoryView open(Actor actor, StoryView story) {
        return kith.stories().view().execute(actor, new ViewStory.Query(story.id().toString()));
    }

    private List<AuthorStories> feed(Actor actor) {
        return kith.stories().feed().execute(actor, new GetStoryFeed.Query());
    }

    private Page<StoryViewer> viewers(Actor actor, StoryView story, PageRequest page) {
        return kith.stories().listViewers().execute(actor, new ListStoryViewers.Query(story.id().toString(), page));
    }

    private void delete(Actor actor, StoryView story) {
        kith.stories().delete().execute(actor, new DeleteStory.Command(story.id().toString()));
    }

    private boolean mediaExists(Actor owner, StoryView story) {
        try {
            kith.media().get().execute(owner, new GetMedia.Command(story.media().id().toString()));
            return true;
        } catch (MediaErrors.MediaNotFound e) {
            return false;
        }
    }

    @Test
    void a_posted_story_shows_its_media_and_caption_and_expires_a_day_later() {
        Actor alice = member("alice");
        String media = upload(alice);

        StoryView story = post(alice, media, Optional.of("  At the lake  "));

        assertThat(story.author().username()).isEqualTo("alice");
        assertThat(story.media().id().toString()).isEqualTo(media);
        assertThat(story.media().attached()).isTrue();
        assertThat(story.caption()).contains("At the lake");
        assertThat(story.createdAt()).isEqualTo(clock.instant());
        assertThat(story.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(story.seen()).isTrue();
        assertThat(events).filteredOn(StoryEvent.class::isInstance)
                .containsExactly(new StoryEvent.StoryPosted(story.id(), story.author().id(), story.media().id(),
                        story.expiresAt(), story.createdAt()));
        assertThatThrownBy(() -> post(alice, media, Optional.empty()))
                .isInstanceOf(MediaErrors.MediaNotAttachable.class).hasMessageContaining("attached");
    }

    @Test
    void a_story_needs_media_of_ones_own_and_at_most_500_characters_of_caption() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        String bobs = upload(bob);

        assertThatThrownBy(() -> post(alice, null, Optional.empty())).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("mediaId"));
        assertThatThrownBy(() -> post(alice, bobs, Optional.empty())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> post(alice, "not-an-id", Optional.empty())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> post(alice, upload(alice), Optional.of("x".repeat(501))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("caption"));
        assertThat(post(alice, upload(alice), Optional.of("🦊".repeat(500))).caption()).contains("🦊".repeat(500));
        assertThat(post(alice, upload(alice), Optional.of("   ")).caption()).isEmpty();
    }

    @Test
    void stories_are_for_accepted_followers_only_even_of_a_public_account() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        StoryView bobs = post(bob);

        assertThatThrownBy(() -> open(alice, bobs)).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThat(feed(alice)).isEmpty();

        follow(alice, "bob");
        assertThat(open(alice, bobs).id()).isEqualTo(bobs.id());
        assertThat(feed(alice)).extracting(group -> group.author().username()).containsExactly("bob");

        kith.profiles().updateProfile().execute(carol, new UpdateProfile.Command(Change.keep(), Change.keep(), Change.keep(), Optional.of(true)));
        StoryView carols = post(carol);
        follow(alice, "carol");
        assertThatThrownBy(() -> open(alice, carols)).as("a pending request is no follow").isInstanceOf(StoryErrors.StoryNotFound.class);
        kith.graph().answerFollowRequest().execute(carol, new AnswerFollowRequest.Command("alice", true));
        assertThat(open(alice, carols).id()).isEqualTo(carols.id());
    }

    @Test
    void a_block_either_way_hides_stories() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        follow(alice, "bob");
        follow(bob, "alice");
        StoryView bobs = post(bob);
        StoryView alices = post(alice);

        kith.graph().block().execute(bob, new BlockAccount.Command("alice", true));

        assertThatThrownBy(() -> open(alice, bobs)).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThatThrownBy(() -> open(bob, alices)).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThat(feed(alice)).extracting(group -> group.author().username()).containsExactly("alice");
        assertThat(feed(bob)).extracting(group -> group.author().username()).containsExactly("bob");
    }

    @Test
    void opening_a_story_records_one_view_per_follower_and_none_for_its_author() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        follow(bob, "alice");
        follow(carol, "alice");
        StoryView story = post(alice);

        assertThat(open(alice, story).seen()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(open(bob, story).seen()).isTrue();
        Instant bobFirst = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        open(carol, story);
        clock.advance(Duration.ofMinutes(1));
        open(bob, story);

        Page<StoryViewer> first = viewers(alice, story, new PageRequest(1, Optional.empty()));
        Page<StoryViewer> second = viewers(alice, story, new PageRequest(1, first.nextCursor()));
        assertThat(first.items()).extracting(viewer -> viewer.account().username()).containsExactly("carol");
        assertThat(second.items()).extracting(viewer -> viewer.account().username()).containsExactly("bob");
        assertThat(second.items().get(0).viewedAt()).as("the first view is kept").isEqualTo(bobFirst);
        assertThat(second.nextCursor()).isEmpty();
        assertThat(events).filteredOn(StoryEvent.StoryViewed.class::isInstance).hasSize(2);
    }

    @Test
    void only_the_author_lists_viewers_and_deletes_others_who_see_it_are_forbidden_and_the_rest_find_nothing() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor stranger = member("stranger");
        follow(bob, "alice");
        StoryView story = post(alice);

        assertThatThrownBy(() -> viewers(bob, story, PageRequest.first())).isInstanceOf(StoryErrors.NotYourStory.class);
        assertThatThrownBy(() -> delete(bob, story)).isInstanceOf(StoryErrors.NotYourStory.class);
        assertThatThrownBy(() -> viewers(stranger, story, PageRequest.first())).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThatThrownBy(() -> delete(stranger, story)).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThatThrownBy(() -> kith.stories().view().execute(alice, new ViewStory.Query("not-a-story")))
                .isInstanceOf(StoryErrors.StoryNotFound.class);
    }

    @Test
    void deleting_a_story_releases_its_media_and_queues_its_files_for_deletion() {
        Actor alice = member("alice");
        StoryView story = post(alice);
        assertThat(adapters.mediaStorage().keys()).hasSize(2);

        delete(alice, story);

        assertThatThrownBy(() -> open(alice, story)).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThatThrownBy(() -> delete(alice, story)).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThat(mediaExists(alice, story)).isFalse();
        core.deliverMail();
        assertThat(adapters.mediaStorage().keys()).isEmpty();
        assertThat(events).filteredOn(StoryEvent.StoryDeleted.class::isInstance).hasSize(1);
    }

    @Test
    void the_feed_puts_authors_with_unseen_stories_first_then_the_newest_and_plays_each_oldest_first() {
        Actor me = member("myself");
        Actor bob = member("bob");
        Actor carol = member("carol");
        Actor dave = member("dave");
        follow(me, "bob");
        follow(me, "carol");
        follow(me, "dave");
        StoryView mine = post(me);
        clock.advance(Duration.ofMinutes(1));
        StoryView bobFirst = post(bob);
        clock.advance(Duration.ofMinutes(1));
        StoryView carols = post(carol);
        clock.advance(Duration.ofMinutes(1));
        StoryView daves = post(dave);
        clock.advance(Duration.ofMinutes(1));
        StoryView bobSecond = post(bob);
        open(me, daves);
        open(me, bobFirst);

        List<AuthorStories> feed = feed(me);

        assertThat(feed).extracting(group -> group.author().username()).containsExactly("bob", "carol", "dave", "myself");
        assertThat(feed).extracting(AuthorStories::allSeen).containsExactly(false, false, true, true);
        assertThat(feed.get(0).stories()).extracting(StoryView::id).containsExactly(bobFirst.id(), bobSecond.id());
        assertThat(feed.get(0).stories()).extracting(StoryView::seen).containsExactly(true, false);
        assertThat(feed.get(1).stories()).extracting(StoryView::id).containsExactly(carols.id());
        assertThat(feed.get(3).stories()).extracting(StoryView::id).containsExactly(mine.id());
    }

    @Test
    void an_expired_story_is_served_nowhere_even_before_the_purge_and_the_purge_releases_its_media() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        follow(bob, "alice");
        StoryView story = post(alice);
        open(bob, story);
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        StoryView younger = post(alice);
        assertThat(open(bob, story).id()).isEqualTo(story.id());

        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> open(bob, story)).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThatThrownBy(() -> open(alice, story)).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThatThrownBy(() -> viewers(alice, story, PageRequest.first())).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThatThrownBy(() -> delete(alice, story)).isInstanceOf(StoryErrors.StoryNotFound.class);
        assertThat(feed(bob)).singleElement().satisfies(group ->
                assertThat(group.stories()).extracting(StoryView::id).containsExactly(younger.id()));
        assertThat(feed(alice)).singleElement().satisfies(group ->
                assertThat(group.stories()).extracting(StoryView::id).containsExactly(younger.id()));
        assertThat(mediaExists(alice, story)).as("not purged yet").isTrue();

        assertThat(kith.stories().purgeExpired().execute()).isEqualTo(1);
        assertThat(kith.stories().purgeExpired().execute()).isZero();

        assertThat(mediaExists(alice, story)).isFalse();
        assertThat(mediaExists(alice, younger)).isTrue();
        core.deliverMail();
        assertThat(adapters.mediaStorage().keys()).hasSize(2);
        assertThat(open(bob, younger).id()).isEqualTo(younger.id());
    }

    @Test
    void an_account_has_at_most_100_active_stories() {
        Actor alice = member("alice");
        List<StoryView> posted = new ArrayList<>();
        for (int i = 0; i < Story.ACTIVE_MAX; i++) {
            posted.add(post(alice));
        }
        String media = upload(alice);

        assertThatThrownBy(() -> post(alice, media, Optional.empty()))
                .isInstanceOfSatisfying(StoryErrors.TooManyStories.class, e -> assertThat(e.code()).isEqualTo("too_many_stories"));
        assertThat(mediaExists(alice, posted.get(0))).isTrue();

        delete(alice, posted.get(0));
        assertThat(post(alice, media, Optional.empty()).media().id().toString()).as("the refused media stayed free").isEqualTo(media);
    }
}
