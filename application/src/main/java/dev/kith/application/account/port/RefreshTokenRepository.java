package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import dev.kith.domain.account.RefreshToken;
import dev.kith.domain.account.TokenHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores logins (sessions) and their refresh tokens by hash. Thread-safe; joins the caller's transaction.
 */
public interface RefreshTokenRepository {

    /** Records a new login of {@code account}. */
    void startSession(LoginSessionId session, AccountId account, Instant now);

    /** Stores a refresh token of an existing login. */
    void add(RefreshToken token);

    /** The token with that hash, with whether its login is revoked. */
    Optional<RefreshToken> find(TokenHash hash);

    /**
     * Marks the token spent, atomically.
     *
     * @return {@code true} if this call spent it; {@code false} if it was spent already or is unknown
     */
    boolean markSpent(TokenHash hash, Instant now);

    /** Revokes a login: none of its tokens works any more. Revoking twice does nothing. */
    void revokeSession(LoginSessionId session, Instant now);

    /**
     * Revokes every login of the account.
     *
     * @return the logins this call revoked (those not revoked already)
     */
    List<LoginSessionId> revokeAllSessions(AccountId account, Instant now);

    /**
     * Deletes every login none of whose refresh tokens is still valid at {@code cutoff} (all expired),
     * with its tokens. Logins with a token still valid keep all their tokens, spent ones included, so
     * presenting a spent token still revokes its login.
     *
     * @return how many logins were deleted
     */
    int purgeExpired(Instant cutoff);
}
