package dev.kith.domain.content;

import java.util.Objects;
import java.util.UUID;

/** Identifies a post; a time-ordered UUID, so newer posts have greater ids. */
public record PostId(UUID value) {
    public PostId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
