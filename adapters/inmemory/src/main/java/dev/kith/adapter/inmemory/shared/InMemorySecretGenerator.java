package dev.kith.adapter.inmemory.shared;

import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.domain.account.Secret;
import java.security.SecureRandom;
import java.util.Base64;

/** 256-bit secrets from {@link SecureRandom}; cheap enough for tests, strong enough for demos. */
public final class InMemorySecretGenerator implements SecretGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public Secret next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Secret.generated(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
