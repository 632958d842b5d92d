package dev.kith.adapter.inmemory.account;

import dev.kith.application.account.port.PasswordHasher;
import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-SHA256 with few iterations: fast, so tests of the rules stay fast. For tests only;
 * servers use the Argon2id hasher.
 */
public final class InMemoryPasswordHasher implements PasswordHasher {

    private static final String PREFIX = "$pbkdf2-sha256$i=";
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    /** A hasher with 1,000 iterations. */
    public InMemoryPasswordHasher() {
        this(1_000);
    }

    /** A hasher with {@code iterations}; hashes made with fewer need a rehash. */
    public InMemoryPasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PasswordHash(PREFIX + iterations + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(derive(password, salt, iterations)));
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        String[] parts = parts(hash);
        if (parts == null) {
            return false;
        }
        try {
            byte[] expected = DECODER.decode(parts[4]);
            return MessageDigest.isEqual(expected, derive(password, DECODER.decode(parts[3]), Integer.parseInt(parts[2].substring(2))));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        String[] parts = parts(hash);
        try {
            return parts == null || Integer.parseInt(parts[2].substring(2)) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String[] parts(PasswordHash hash) {
        if (!hash.encoded().startsWith(PREFIX)) {
            return null;
        }
        String[] parts = hash.encoded().split("\\$");
        return parts.length == 5 ? parts : null;
    }

    private static byte[] derive(Password password, byte[] salt, int iterations) {
        if (iterations < 1 || iterations > 10_000_000) {
            throw new IllegalArgumentException("iterations out of range");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(password.reveal().toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every JVM", e);
        }
    }
}
