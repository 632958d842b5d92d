package dev.kith.domain.story;

import java.util.Objects;
import java.util.UUID;

/** Identifies a story; a time-ordered UUID, so newer stories have greater ids. */
public record StoryId(UUID value) {
    public StoryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
