package dev.kith.domain.group;

import java.util.Objects;
import java.util.UUID;

/** Identifies a group; a time-ordered UUID. */
public record GroupId(UUID value) {
    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
