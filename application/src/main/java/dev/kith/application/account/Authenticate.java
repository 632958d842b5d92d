package dev.kith.application.account;

import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.shared.Actor;
import dev.kith.domain.account.AccountErrors;
import java.time.Clock;

/** Turns a bearer access token into the actor it speaks for. */
public final class Authenticate {

    private final TokenIssuer tokenIssuer;
    private final Clock clock;

    Authenticate(TokenIssuer tokenIssuer, Clock clock) {
        this.tokenIssuer = tokenIssuer;
        this.clock = clock;
    }

    /**
     * Checks an access token's signature, audience and expiry. Cheap and stateless: it reads no storage.
     *
     * @param actor the caller so far, normally anonymous
     * @param command the token, without the {@code Bearer } prefix
     * @return the signed-in actor
     * @throws AccountErrors.InvalidAccessToken when the token is malformed, forged or expired
     */
    public Actor execute(Actor actor, Command command) {
        if (command.accessToken() == null || command.accessToken().isBlank()) {
            throw new AccountErrors.InvalidAccessToken("An access token is required.");
        }
        return tokenIssuer.verify(command.accessToken(), clock.instant())
                .map(Actor::account)
                .orElseThrow(() -> new AccountErrors.InvalidAccessToken("The access token is invalid or expired."));
    }

    /** The bearer token. */
    public record Command(String accessToken) {
        @Override
        public String toString() {
            return "Command[***]";
        }
    }
}
