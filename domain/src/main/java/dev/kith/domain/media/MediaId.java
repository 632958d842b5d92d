package dev.kith.domain.media;

import java.util.Objects;
import java.util.UUID;

/** Identifies an uploaded media file; a time-ordered UUID. */
public record MediaId(UUID value) {
    public MediaId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
