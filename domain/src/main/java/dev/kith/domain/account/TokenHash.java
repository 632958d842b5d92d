package dev.kith.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** The SHA-256 (hex) of a {@link Secret}. */
public record TokenHash(String hex) {
    public TokenHash {
        Objects.requireNonNull(hex, "hex");
    }

    /** Compares in constant time, so a look-up never leaks how much of a hash matched. */
    public boolean matches(TokenHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
