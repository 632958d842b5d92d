package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues and checks the short-lived access tokens that authenticate requests. Thread-safe. */
public interface TokenIssuer {

    /** How long an access token is valid. */
    Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);

    /**
     * A token for {@code account}'s login {@code session}, valid from {@code now} for
     * {@link #ACCESS_TOKEN_LIFETIME}, unless that login is revoked first.
     */
    AccessToken issue(AccountId account, LoginSessionId session, Instant now);

    /**
     * The account and login a token was issued to, if the token is well-formed, signed by this issuer,
     * meant for this audience and not expired at {@code now}; empty otherwise. Whether its login was
     * revoked is {@link RevokedLogins}' to say.
     */
    Optional<AccessClaims> verify(String token, Instant now);
}
