package dev.kith.domain.account;

import dev.kith.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A random secret handed to the user once (an email-verification, reset or refresh token) as
 * URL-safe base64; only its {@link #hash()} is ever stored.
 */
public final class Secret {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a freshly generated secret. */
    public static Secret generated(String value) {
        Objects.requireNonNull(value, "value");
        return new Secret(value);
    }

    /** Parses a secret a client sent back; anything malformed is refused before touching storage. */
    public static Secret presented(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw InvalidInput.field(field, "is required");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.field(field, "is not a valid token");
        }
        return new Secret(value);
    }

    /** The SHA-256 of the secret, which is what storage keeps and looks up. */
    public TokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The secret itself, to hand to the user once. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }
}
