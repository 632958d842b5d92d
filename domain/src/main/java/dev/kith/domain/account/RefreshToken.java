package dev.kith.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One refresh token of a login. Each is used once: using it spends it and issues its successor;
 * presenting a spent one again means it was stolen, and the whole login is revoked.
 */
public record RefreshToken(TokenHash hash, LoginSessionId session, AccountId account, Instant issuedAt,
                           Instant expiresAt, Optional<Instant> spentAt, boolean sessionRevoked) {

    /** How long a refresh token stays valid when unused. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    public RefreshToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(spentAt, "spentAt");
    }

    /** A fresh token of {@code session}. */
    public static RefreshToken issue(Secret secret, LoginSessionId session, AccountId account, Instant now) {
        return new RefreshToken(secret.hash(), session, account, now, now.plus(LIFETIME), Optional.empty(), false);
    }

    /** What presenting this token at {@code now} means. */
    public Use classify(Instant now) {
        if (sessionRevoked) {
            return Use.REVOKED;
        }
        if (spentAt.isPresent()) {
            return Use.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Use.EXPIRED;
        }
        return Use.VALID;
    }

    /** The outcomes of presenting a refresh token. */
    public enum Use { VALID, EXPIRED, REUSED, REVOKED }
}
