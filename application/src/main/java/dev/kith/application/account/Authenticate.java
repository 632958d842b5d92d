package dev.kith.application.account;

import dev.kith.application.account.port.AccessClaims;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.shared.Actor;
import dev.kith.domain.account.AccountErrors;
import java.time.Clock;

/** Turns a bearer access token into the actor it speaks for. */
public final class Authenticate {

    private final TokenIssuer tokenIssuer;
    private final RevokedLogins revokedLogins;
    private final Clock clock;

    Authenticate(TokenIssuer tokenIssuer, RevokedLogins revokedLogins, Clock clock) {
        this.tokenIssuer = tokenIssuer;
        this.revokedLogins = revokedLogins;
        this.clock = clock;
    }

    /**
     * Checks an access token's signature, audience and expiry, and that neither its login nor its account
     * was revoked since it was issued. Cheap: it reads no storage ({@link RevokedLogins} answers from memory).
     *
     * @param actor the caller so far, normally anonymous
     * @param command the token, without the {@code Bearer } prefix
     * @return the signed-in actor
     * @throws AccountErrors.InvalidAccessToken when the token is malformed, forged, expired or revoked
     */
    public Actor execute(Actor actor, Command command) {
        if (command.accessToken() == null || command.accessToken().isBlank()) {
            throw new AccountErrors.InvalidAccessToken("An access token is required.");
        }
        AccessClaims claims = tokenIssuer.verify(command.accessToken(), clock.instant())
                .orElseThrow(() -> new AccountErrors.InvalidAccessToken("The access token is invalid or expired."));
        if (revokedLogins.isRevoked(claims.account(), claims.session())) {
            throw new AccountErrors.InvalidAccessToken("The access token was revoked: sign in again.");
        }
        return Actor.account(claims.account());
    }

    /** The bearer token. */
    public record Command(String accessToken) {
        @Override
        public String toString() {
            return "Command[***]";
        }
    }
}
