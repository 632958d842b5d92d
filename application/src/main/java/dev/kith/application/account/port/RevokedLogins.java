package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.time.Instant;

/**
 * Which logins and accounts no longer authenticate, so that an access token stops working the moment its
 * login is revoked or its account erased, not when it expires. Asked on every request: {@link #isRevoked}
 * must answer from memory. An implementation shared by several server nodes makes a revocation committed
 * on one node known to all within a few seconds. Thread-safe; {@link #revokeLogin} and
 * {@link #revokeAccount} join the caller's transaction and take effect only if it commits.
 */
public interface RevokedLogins {

    /** Access tokens of the login {@code session} of {@code account} stop working, from {@code now}. */
    void revokeLogin(AccountId account, LoginSessionId session, Instant now);

    /** Every access token of {@code account} stops working, from {@code now}: it is being erased. */
    void revokeAccount(AccountId account, Instant now);

    /** Whether an access token of {@code session} of {@code account} was revoked, by either method. */
    boolean isRevoked(AccountId account, LoginSessionId session);

    /**
     * Forgets revocations recorded before {@code cutoff}: once every access token they could stop has
     * expired, they decide nothing.
     *
     * @return how many were forgotten
     */
    int purgeBefore(Instant cutoff);
}
