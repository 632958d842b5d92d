package dev.kith.application.export.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Username;
import java.time.Instant;
import java.util.Objects;

/**
 * A follow or block between the exported account and another account.
 *
 * @param requested whether it is a follow request still waiting (always false for a block)
 */
public record ExportedRelation(AccountId account, Username username, boolean requested, Instant since) {
    public ExportedRelation {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(since, "since");
    }
}
