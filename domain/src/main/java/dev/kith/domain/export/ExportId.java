package dev.kith.domain.export;

import java.util.Objects;
import java.util.UUID;

/** Identifies an export; a time-ordered UUID, so newer exports have greater ids. */
public record ExportId(UUID value) {
    public ExportId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
