package dev.kith.application.account;

import dev.kith.domain.account.Account;
import java.time.Instant;
import java.util.Optional;

/** An account as its owner sees it. */
public record AccountView(String id, String username, String email, boolean emailVerified, Optional<String> displayName,
                          Optional<String> bio, Optional<String> avatarUrl, boolean isPrivate, Instant createdAt) {

    /** How the account shows to its owner. */
    public static AccountView of(Account account) {
        return new AccountView(account.id().toString(), account.username().value(), account.email().value(),
                account.emailVerified(), account.profile().displayName(), account.profile().bio(),
                Optional.empty(), account.profile().isPrivate(), account.createdAt());
    }
}
