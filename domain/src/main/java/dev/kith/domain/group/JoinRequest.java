package dev.kith.domain.group;

import dev.kith.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code account} asked at {@code at} to join the private group {@code group}; {@code id} is time-ordered. */
public record JoinRequest(UUID id, GroupId group, AccountId account, Instant at) {
    public JoinRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(at, "at");
    }
}
