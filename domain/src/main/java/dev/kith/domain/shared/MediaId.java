package dev.kith.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies an uploaded media file; a time-ordered UUID. Shared: accounts (avatars) and posts refer to media by it. */
public record MediaId(UUID value) {
    public MediaId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
