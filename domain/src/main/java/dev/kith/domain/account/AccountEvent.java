package dev.kith.domain.account;

import dev.kith.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/** What happens to accounts that other contexts must follow. */
public sealed interface AccountEvent extends DomainEvent {

    /** The account it happened to. */
    AccountId account();

    /**
     * {@code account} is being erased: recorded in the erasure's transaction while the account and everything
     * it owns are still stored, so that each context erases its own data from a listener (and sees what it
     * needs to do so) before the account row goes.
     */
    record AccountErased(AccountId account, Instant at) implements AccountEvent {
        public AccountErased {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(at, "at");
        }
    }
}
