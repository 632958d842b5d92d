package dev.kith.domain.story;

import dev.kith.domain.shared.Conflict;
import dev.kith.domain.shared.Forbidden;
import dev.kith.domain.shared.NotFound;

/** The failures of stories. */
public final class StoryErrors {

    private StoryErrors() {
    }

    /** No such story, expired, or not one the actor may see. */
    public static final class StoryNotFound extends NotFound {
        public StoryNotFound() {
            super("not_found", "No such story.");
        }
    }

    /** The author has {@link Story#ACTIVE_MAX} active stories already. */
    public static final class TooManyStories extends Conflict {
        public TooManyStories() {
            super("too_many_stories", "You have " + Story.ACTIVE_MAX
                    + " active stories already; delete one or wait for one to expire.");
        }
    }

    /** The actor may see the story but only its author may do this (list its viewers, delete it). */
    public static final class NotYourStory extends Forbidden {
        public NotYourStory(String what) {
            super("forbidden", "Only the story's author can " + what + ".");
        }
    }
}
