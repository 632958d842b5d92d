package dev.kith.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identifies an account; a time-ordered UUID. */
public record AccountId(UUID value) {
    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
