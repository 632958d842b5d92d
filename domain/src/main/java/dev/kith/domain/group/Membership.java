package dev.kith.domain.group;

import dev.kith.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code account} is a member of {@code group} with {@code role}, since {@code since}; {@code id} is
 * time-ordered (members are listed in the order they joined).
 */
public record Membership(UUID id, GroupId group, AccountId account, GroupRole role, Instant since) {
    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
    }

    /** This membership with another role. */
    public Membership withRole(GroupRole newRole) {
        return new Membership(id, group, account, newRole, since);
    }
}
