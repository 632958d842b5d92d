package dev.kith.application.account.port;

import java.util.Objects;

/**
 * The ports of the account context: where accounts, tokens and revocations are kept, how passwords are
 * hashed and access tokens issued, and the two ports the account context owns but later contexts
 * implement. {@link dev.kith.application.account.Accounts} wires itself from it; the other contexts'
 * façades are given {@link #accounts()}, and profiles {@link #pendingFollowRequests()} too. Adapter modules build it
 * (see {@code InMemoryAdapters} and {@code PostgresAdapters}); every component is required.
 *
 * @param accounts the accounts
 * @param oneTimeTokens the email-verification and password-reset tokens
 * @param refreshTokens the logins and their refresh tokens
 * @param revokedLogins the logins and accounts whose access tokens no longer count
 * @param passwordHasher hashes and verifies passwords
 * @param tokenIssuer issues and verifies access tokens
 * @param erasure removes what an erased account did in the other contexts
 * @param pendingFollowRequests accepts the follow requests waiting when an account goes public
 * @param reservations the usernames and email addresses of erased accounts, not yet reusable
 */
public record AccountPorts(AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
                           RefreshTokenRepository refreshTokens, RevokedLogins revokedLogins,
                           PasswordHasher passwordHasher, TokenIssuer tokenIssuer, AccountErasure erasure,
                           PendingFollowRequests pendingFollowRequests, NameReservations reservations) {

    /** Refuses a missing port, by name. */
    public AccountPorts {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(oneTimeTokens, "oneTimeTokens");
        Objects.requireNonNull(refreshTokens, "refreshTokens");
        Objects.requireNonNull(revokedLogins, "revokedLogins");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(tokenIssuer, "tokenIssuer");
        Objects.requireNonNull(erasure, "erasure");
        Objects.requireNonNull(pendingFollowRequests, "pendingFollowRequests");
        Objects.requireNonNull(reservations, "reservations");
    }
}
