package dev.kith.application.account.port;

import dev.kith.application.media.port.StorageKey;
import dev.kith.domain.account.AccountId;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as lists and authors show it.
 *
 * @param avatar the file its avatar is shown by (the HTTP adapter links to it through {@code MediaLinks})
 */
public record AccountSummary(AccountId id, String username, Optional<String> displayName, Optional<StorageKey> avatar) {
    public AccountSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(avatar, "avatar");
    }
}
