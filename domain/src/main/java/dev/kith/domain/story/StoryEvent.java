package dev.kith.domain.story;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/** What happens to stories. Viewing a story again, or one's own, records nothing. */
public sealed interface StoryEvent extends DomainEvent {

    /** The story it happened to. */
    StoryId story();

    /** {@code author} posted {@code story}, showing {@code media}, until {@code expiresAt}. */
    record StoryPosted(StoryId story, AccountId author, MediaId media, Instant expiresAt, Instant at) implements StoryEvent {
        public StoryPosted {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(media, "media");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(at, "at");
        }

        /** The event of posting {@code story}. */
        public static StoryPosted of(Story story) {
            return new StoryPosted(story.id(), story.author(), story.media(), story.expiresAt(), story.createdAt());
        }
    }

    /** {@code viewer} opened {@code story} of {@code author} for the first time. */
    record StoryViewed(StoryId story, AccountId author, AccountId viewer, Instant at) implements StoryEvent {
        public StoryViewed {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code author} deleted {@code story} before it expired, with its views and its media. */
    record StoryDeleted(StoryId story, AccountId author, Instant at) implements StoryEvent {
        public StoryDeleted {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(at, "at");
        }
    }
}
