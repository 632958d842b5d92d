package dev.kith.domain.account;

import java.time.Duration;
import java.time.Instant;

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

    /**
     * How long after one mail of this purpose another is not sent, however often it is asked for, so a
     * stranger cannot flood someone's mailbox through the public endpoints.
     */
    public Duration resendCooldown() {
        return Duration.ofMinutes(1);
    }

    /** Whether a token issued at {@code lastIssuedAt} is recent enough at {@code now} to send no other. */
    public boolean coolingDown(Instant lastIssuedAt, Instant now) {
        return now.isBefore(lastIssuedAt.plus(resendCooldown()));
    }
}
