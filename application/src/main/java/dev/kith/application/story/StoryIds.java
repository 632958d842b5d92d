package dev.kith.application.story;

import dev.kith.domain.story.StoryErrors;
import dev.kith.domain.story.StoryId;
import java.util.Locale;
import java.util.UUID;

/** Reads story ids that clients send in a path: a malformed id names nothing (404). */
final class StoryIds {

    private StoryIds() {
    }

    static StoryId route(String id) {
        if (id == null || id.length() != 36) {
            throw new StoryErrors.StoryNotFound();
        }
        try {
            UUID uuid = UUID.fromString(id);
            if (!uuid.toString().equals(id.toLowerCase(Locale.ROOT))) {
                throw new StoryErrors.StoryNotFound();
            }
            return new StoryId(uuid);
        } catch (IllegalArgumentException e) {
            throw new StoryErrors.StoryNotFound();
        }
    }
}
