package dev.kith.application.account;

import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.RefreshToken;
import dev.kith.domain.account.Secret;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;

/** Trades a refresh token for a new token pair, rotating the refresh token. */
public final class RefreshLogin {

    private final Transactor transactor;
    private final RefreshTokenRepository refreshTokens;
    private final RevokedLogins revokedLogins;
    private final Sessions sessions;
    private final Clock clock;

    RefreshLogin(Transactor transactor, RefreshTokenRepository refreshTokens, RevokedLogins revokedLogins,
                 Sessions sessions, Clock clock) {
        this.transactor = transactor;
        this.refreshTokens = refreshTokens;
        this.revokedLogins = revokedLogins;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Spends the refresh token and issues its successor. Presenting a token that was already spent
     * means two parties hold it, so the whole login is revoked, its access tokens included, and both must
     * sign in again.
     *
     * @param actor anyone; the refresh token is the proof
     * @param command the refresh token
     * @return a new access token and a new refresh token of the same login
     * @throws AccountErrors.InvalidRefreshToken when the token is unknown, expired, spent or revoked
     */
    public TokenPair execute(Actor actor, Command command) {
        Secret secret = presented(command.refreshToken());
        Outcome outcome = transactor.inTransaction(() -> {
            Instant now = clock.instant();
            RefreshToken token = refreshTokens.find(secret.hash())
                    .filter(found -> found.hash().matches(secret.hash()))
                    .orElse(null);
            if (token == null) {
                return Outcome.REFUSED;
            }
            RefreshToken.Use use = token.classify(now);
            if (use == RefreshToken.Use.VALID && refreshTokens.markSpent(token.hash(), now)) {
                return new Outcome(sessions.issue(token.session(), token.account(), now));
            }
            if (use == RefreshToken.Use.VALID || use == RefreshToken.Use.REUSED) {
                refreshTokens.revokeSession(token.session(), now);
                revokedLogins.revokeLogin(token.account(), token.session(), now);
            }
            return Outcome.REFUSED;
        });
        if (outcome.pair() == null) {
            throw new AccountErrors.InvalidRefreshToken();
        }
        return outcome.pair();
    }

    private static Secret presented(String token) {
        try {
            return Secret.presented("refreshToken", token);
        } catch (InvalidInput e) {
            if (token == null || token.isEmpty()) {
                throw e;
            }
            throw new AccountErrors.InvalidRefreshToken();
        }
    }

    /** Lets the revocation commit even though the caller is refused. */
    private record Outcome(TokenPair pair) {
        static final Outcome REFUSED = new Outcome(null);
    }

    /** The refresh token. */
    public record Command(String refreshToken) {
        @Override
        public String toString() {
            return "Command[***]";
        }
    }
}
