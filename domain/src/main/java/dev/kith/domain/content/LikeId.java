package dev.kith.domain.content;

import java.util.Objects;
import java.util.UUID;

/** Identifies one like of a post; time-ordered, so lists page newest first. */
public record LikeId(UUID value) {
    public LikeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
