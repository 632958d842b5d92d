package dev.kith.domain.shared;

import java.util.Objects;

/** Why one input field was rejected. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
