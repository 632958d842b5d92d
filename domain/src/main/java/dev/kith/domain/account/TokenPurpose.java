package dev.kith.domain.account;

import java.time.Duration;

/** What a one-time token proves, and how long it may be used. */
public enum TokenPurpose {
    EMAIL_VERIFICATION(Duration.ofHours(48)),
    PASSWORD_RESET(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
