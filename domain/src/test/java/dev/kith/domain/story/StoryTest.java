package dev.kith.domain.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.Audience;
import dev.kith.domain.graph.Relationship;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");
    private static final AccountId AUTHOR = new AccountId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    private static final AccountId VIEWER = new AccountId(UUID.fromString("00000000-0000-7000-8000-000000000002"));

    private static Story story() {
        return Story.post(new StoryId(UUID.fromString("00000000-0000-7000-8000-000000000003")), AUTHOR,
                new MediaId(UUID.fromString("00000000-0000-7000-8000-000000000004")), Optional.empty(), NOW);
    }

    @Test
    void a_story_is_active_for_exactly_a_day() {
        Story story = story();

        assertThat(story.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(story.isActiveAt(NOW)).isTrue();
        assertThat(story.isActiveAt(story.expiresAt().minusNanos(1))).isTrue();
        assertThat(story.isActiveAt(story.expiresAt())).isFalse();
    }

    @Test
    void a_caption_is_up_to_500_characters_stripped_and_blank_is_none() {
        assertThat(Story.validCaption(null)).isEmpty();
        assertThat(Story.validCaption(" \n ")).isEmpty();
        assertThat(Story.validCaption("  two\nlines ")).contains("two\nlines");
        assertThat(Story.validCaption("🦊".repeat(500))).contains("🦊".repeat(500));
        assertThatThrownBy(() -> Story.validCaption("x".repeat(501))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Story.validCaption("bell\u0007")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_story_expires_after_it_is_created() {
        assertThatThrownBy(() -> new Story(story().id(), AUTHOR, story().media(), Optional.empty(), NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stories_show_to_the_author_and_accepted_followers_only_whether_the_account_is_private_or_not() {
        Relationship follower = new Relationship(true, false, false, false, false);
        Relationship requester = new Relationship(false, false, true, false, false);
        Relationship followerBlocked = new Relationship(true, false, false, false, true);

        for (boolean ownerPrivate : new boolean[] {true, false}) {
            assertThat(new Audience(AUTHOR, AUTHOR, ownerPrivate, Relationship.NONE).seesStories()).isTrue();
            assertThat(new Audience(VIEWER, AUTHOR, ownerPrivate, follower).seesStories()).isTrue();
            assertThat(new Audience(VIEWER, AUTHOR, ownerPrivate, Relationship.NONE).seesStories()).isFalse();
            assertThat(new Audience(VIEWER, AUTHOR, ownerPrivate, requester).seesStories()).isFalse();
            assertThat(new Audience(VIEWER, AUTHOR, ownerPrivate, followerBlocked).seesStories()).isFalse();
        }
    }
}
