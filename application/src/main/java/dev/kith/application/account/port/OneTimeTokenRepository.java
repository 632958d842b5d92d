package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.TokenHash;
import dev.kith.domain.account.TokenPurpose;
import java.time.Instant;
import java.util.Optional;

/** Stores email-verification and password-reset tokens by their hash. Thread-safe; joins the caller's transaction. */
public interface OneTimeTokenRepository {

    /** Stores a new token. */
    void add(OneTimeToken token);

    /** The token of that purpose with that hash, used or not. */
    Optional<OneTimeToken> find(TokenPurpose purpose, TokenHash hash);

    /**
     * Marks the token used, atomically.
     *
     * @return {@code true} if this call used it; {@code false} if it was used already or is unknown
     */
    boolean markUsed(TokenHash hash, Instant now);

    /** Marks every unused token of that account and purpose used, so none of them works any more. */
    void invalidateAll(AccountId account, TokenPurpose purpose, Instant now);

    /**
     * Deletes every token that expired before {@code cutoff}, used or not.
     *
     * @return how many were deleted
     */
    int purgeExpired(Instant cutoff);

    /** When the newest token of that account and purpose was issued, used or not; empty if none was. */
    Optional<Instant> lastIssuedAt(AccountId account, TokenPurpose purpose);
}
