package dev.kith.domain.group;

import dev.kith.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code by} banned {@code account} from {@code group} at {@code at}; {@code id} is time-ordered. */
public record Ban(UUID id, GroupId group, AccountId account, AccountId by, Instant at) {
    public Ban {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
