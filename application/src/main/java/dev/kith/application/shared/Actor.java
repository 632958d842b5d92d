package dev.kith.application.shared;

import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import java.util.Objects;
import java.util.Optional;

/** Who is asking: an anonymous caller or a signed-in account. Every use case decides from it. */
public sealed interface Actor {

    /** The anonymous caller. */
    static Actor anonymous() {
        return Anonymous.INSTANCE;
    }

    /** A signed-in account. */
    static Actor account(AccountId id) {
        return new SignedIn(id);
    }

    /** The account, if signed in. */
    Optional<AccountId> accountId();

    /** The account; an anonymous caller is refused as unauthenticated. */
    default AccountId requireAccount() {
        return accountId().orElseThrow(() -> new AccountErrors.InvalidAccessToken("Sign in to do this."));
    }

    /** Nobody signed in. */
    enum Anonymous implements Actor {
        INSTANCE;

        @Override
        public Optional<AccountId> accountId() {
            return Optional.empty();
        }
    }

    /** A signed-in account. */
    record SignedIn(AccountId id) implements Actor {
        public SignedIn {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Optional<AccountId> accountId() {
            return Optional.of(id);
        }
    }
}
