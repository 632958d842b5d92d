package dev.kith.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A single-use, expiring email-verification or password-reset token, stored by its hash. */
public record OneTimeToken(TokenHash hash, AccountId account, TokenPurpose purpose, Instant createdAt,
                           Instant expiresAt, Optional<Instant> usedAt) {

    public OneTimeToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
    }

    /** A fresh token for {@code purpose}, expiring after the purpose's lifetime. */
    public static OneTimeToken issue(Secret secret, AccountId account, TokenPurpose purpose, Instant now) {
        return new OneTimeToken(secret.hash(), account, purpose, now, now.plus(purpose.lifetime()), Optional.empty());
    }

    /** Whether the token may still be redeemed at {@code now}. */
    public boolean isRedeemable(Instant now) {
        return usedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
