package dev.kith.adapter.crypto;

import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.domain.account.Secret;
import java.security.SecureRandom;
import java.util.Base64;

/** Makes 256-bit secrets from {@link SecureRandom}, as 43 characters of unpadded base64url. Thread-safe. */
public final class SecureRandomSecretGenerator implements SecretGenerator {

    private static final int BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    /** A generator seeded by the operating system's entropy source. */
    public SecureRandomSecretGenerator() {
    }

    @Override
    public Secret next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Secret.generated(ENCODER.encodeToString(bytes));
    }
}
