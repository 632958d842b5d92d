package dev.kith.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identifies one login: the family of refresh tokens that descend from it. */
public record LoginSessionId(UUID value) {
    public LoginSessionId {
        Objects.requireNonNull(value, "value");
    }
}
