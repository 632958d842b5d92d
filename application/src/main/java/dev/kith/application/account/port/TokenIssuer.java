package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues and checks the short-lived access tokens that authenticate requests. Thread-safe. */
public interface TokenIssuer {

    /** How long an access token is valid. */
    Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);

    /** A token for {@code account}, valid from {@code now} for {@link #ACCESS_TOKEN_LIFETIME}. */
    AccessToken issue(AccountId account, Instant now);

    /**
     * The account a token was issued to, if the token is well-formed, signed by this issuer, meant for
     * this audience and not expired at {@code now}; empty otherwise.
     */
    Optional<AccountId> verify(String token, Instant now);
}
