package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import java.util.Objects;
import java.util.Optional;

/** An account as lists and authors show it. */
public record AccountSummary(AccountId id, String username, Optional<String> displayName, Optional<String> avatarUrl) {
    public AccountSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
    }
}
