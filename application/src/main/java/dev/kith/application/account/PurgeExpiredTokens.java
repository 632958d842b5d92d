package dev.kith.application.account;

import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.application.shared.port.Transactor;
import java.time.Clock;
import java.time.Instant;

/** Housekeeping: deletes expired one-time tokens and logins whose every refresh token expired. */
public final class PurgeExpiredTokens {

    private final Transactor transactor;
    private final OneTimeTokenRepository oneTimeTokens;
    private final RefreshTokenRepository refreshTokens;
    private final Clock clock;

    PurgeExpiredTokens(Transactor transactor, OneTimeTokenRepository oneTimeTokens, RefreshTokenRepository refreshTokens,
                       Clock clock) {
        this.transactor = transactor;
        this.oneTimeTokens = oneTimeTokens;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /**
     * Deletes what can never be used again, so token tables stay the size of the live logins; run it on a
     * schedule (the server does hourly). Safe to run on several nodes at once.
     *
     * @return how many one-time tokens and logins were deleted
     */
    public Purged execute() {
        Instant now = clock.instant();
        return transactor.inTransaction(() -> new Purged(oneTimeTokens.purgeExpired(now), refreshTokens.purgeExpired(now)));
    }

    /** What one run deleted. */
    public record Purged(int oneTimeTokens, int logins) {
    }
}
