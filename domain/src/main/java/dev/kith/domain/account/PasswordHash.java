package dev.kith.domain.account;

import java.util.Objects;

/** An encoded password hash (a PHC string such as {@code $argon2id$v=19$m=19456,t=2,p=1$...}). */
public record PasswordHash(String encoded) {
    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
