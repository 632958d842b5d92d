package dev.kith.application.account.port;

import java.time.Instant;
import java.util.Objects;

/** A signed, short-lived bearer token and when it expires. */
public record AccessToken(String value, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
