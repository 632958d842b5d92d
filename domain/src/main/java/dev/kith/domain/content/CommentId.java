package dev.kith.domain.content;

import java.util.Objects;
import java.util.UUID;

/** Identifies a comment; a time-ordered UUID, so newer comments have greater ids. */
public record CommentId(UUID value) {
    public CommentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
