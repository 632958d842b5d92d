package dev.kith.application.group.port;

import dev.kith.application.account.port.AccountSummary;
import java.time.Instant;
import java.util.Objects;

/** An account in a group's list of join requests or bans, and since when it asks or is banned. */
public record AccountSince(AccountSummary user, Instant since) {
    public AccountSince {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
    }
}
