package dev.kith.application.account;

import dev.kith.application.media.port.StorageKey;
import dev.kith.domain.account.Account;
import java.time.Instant;
import java.util.Optional;

/** An account as its owner sees it. */
public record AccountView(String id, String username, String email, boolean emailVerified, Optional<String> displayName,
                          Optional<String> bio, Optional<StorageKey> avatar, boolean isPrivate, Instant createdAt) {

    /** How the account shows to its owner, with the file its avatar is shown by. */
    public static AccountView of(Account account, Optional<StorageKey> avatar) {
        return new AccountView(account.id().toString(), account.username().value(), account.email().value(),
                account.emailVerified(), account.profile().displayName(), account.profile().bio(),
                avatar, account.profile().isPrivate(), account.createdAt());
    }
}
