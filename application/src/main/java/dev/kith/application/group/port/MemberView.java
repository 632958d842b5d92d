package dev.kith.application.group.port;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.domain.group.GroupRole;
import java.time.Instant;
import java.util.Objects;

/** A member as lists show it: the account, its role and since when it is a member. */
public record MemberView(AccountSummary user, GroupRole role, Instant since) {
    public MemberView {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
    }
}
