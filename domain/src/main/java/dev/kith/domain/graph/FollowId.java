package dev.kith.domain.graph;

import java.util.Objects;
import java.util.UUID;

/** Identifies one account's follow of another (or its request); time-ordered, so lists page newest first. */
public record FollowId(UUID value) {
    public FollowId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
