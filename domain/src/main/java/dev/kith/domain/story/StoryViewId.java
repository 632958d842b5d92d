package dev.kith.domain.story;

import java.util.Objects;
import java.util.UUID;

/** Identifies one account's view of one story; time-ordered, so it orders a story's viewers by when they looked. */
public record StoryViewId(UUID value) {
    public StoryViewId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
