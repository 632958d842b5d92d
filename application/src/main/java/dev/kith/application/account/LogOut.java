package dev.kith.application.account;

import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Secret;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;

/** Ends one login. */
public final class LogOut {

    private final Transactor transactor;
    private final RefreshTokenRepository refreshTokens;
    private final RevokedLogins revokedLogins;
    private final Clock clock;

    LogOut(Transactor transactor, RefreshTokenRepository refreshTokens, RevokedLogins revokedLogins, Clock clock) {
        this.transactor = transactor;
        this.refreshTokens = refreshTokens;
        this.revokedLogins = revokedLogins;
        this.clock = clock;
    }

    /**
     * Revokes the login the refresh token belongs to, when it belongs to the actor: its refresh tokens and
     * its access tokens stop working at once. Logging out twice,
     * or with a token that is not the actor's, changes nothing and is not an error.
     *
     * @param actor a signed-in account
     * @param command the refresh token of the login to end
     * @throws dev.kith.domain.account.AccountErrors.InvalidAccessToken when nobody is signed in
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        Secret secret;
        try {
            secret = Secret.presented("refreshToken", command.refreshToken());
        } catch (InvalidInput e) {
            if (command.refreshToken() == null || command.refreshToken().isEmpty()) {
                throw e;
            }
            return;
        }
        transactor.run(() -> refreshTokens.find(secret.hash())
                .filter(token -> token.account().equals(me))
                .ifPresent(token -> {
                    Instant now = clock.instant();
                    refreshTokens.revokeSession(token.session(), now);
                    revokedLogins.revokeLogin(me, token.session(), now);
                }));
    }

    /** The refresh token of the login to end. */
    public record Command(String refreshToken) {
        @Override
        public String toString() {
            return "Command[***]";
        }
    }
}
