package dev.kith.application.account;

import dev.kith.application.account.port.NameReservations;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.shared.port.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Housekeeping: deletes expired one-time tokens, logins whose every refresh token expired, and revocations
 * older than any access token they could stop.
 */
public final class PurgeExpiredTokens {

    private final Transactor transactor;
    private final OneTimeTokenRepository oneTimeTokens;
    private final RefreshTokenRepository refreshTokens;
    private final RevokedLogins revokedLogins;
    private final NameReservations reservations;
    private final Clock clock;

    PurgeExpiredTokens(Transactor transactor, OneTimeTokenRepository oneTimeTokens, RefreshTokenRepository refreshTokens,
                       RevokedLogins revokedLogins, NameReservations reservations, Clock clock) {
        this.reservations = reservations;
        this.transactor = transactor;
        this.oneTimeTokens = oneTimeTokens;
        this.refreshTokens = refreshTokens;
        this.revokedLogins = revokedLogins;
        this.clock = clock;
    }

    /**
     * How long a revocation is kept: the lifetime of the access tokens it stops, with an hour to spare for
     * clock skew between the nodes that issue and check them.
     */
    static final Duration REVOCATION_RETENTION = TokenIssuer.ACCESS_TOKEN_LIFETIME.plusHours(1);

    /**
     * Deletes what can never be used again, so token tables stay the size of the live logins; run it on a
     * schedule (the server does hourly). Safe to run on several nodes at once.
     *
     * Also frees the usernames and email addresses of accounts erased {@link DeleteAccount#NAMES_RESERVED_FOR} ago.
     *
     * @return how many one-time tokens, logins, revocations and name reservations were deleted
     */
    public Purged execute() {
        Instant now = clock.instant();
        return transactor.inTransaction(() -> new Purged(oneTimeTokens.purgeExpired(now), refreshTokens.purgeExpired(now),
                revokedLogins.purgeBefore(now.minus(REVOCATION_RETENTION)), reservations.purgeExpired(now)));
    }

    /** What one run deleted. */
    public record Purged(int oneTimeTokens, int logins, int revocations, int nameReservations) {
    }
}
