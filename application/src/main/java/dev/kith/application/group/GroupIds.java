package dev.kith.application.group;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Reads the ids clients send in paths and bodies: a malformed id names nothing. */
public final class GroupIds {

    private GroupIds() {
    }

    /** A group id as written in a path; malformed is a group that does not exist (404). */
    public static GroupId route(String id) {
        return parse(id).map(GroupId::new).orElseThrow(GroupErrors.GroupNotFound::new);
    }

    /** An account id in a group's path ({@code members/{userId}}); malformed is no such member (404). */
    static AccountId account(String id, String what) {
        return parse(id).map(AccountId::new).orElseThrow(() -> new GroupErrors.NotInGroup(what));
    }

    /** A canonical UUID, if {@code id} is one. */
    public static Optional<UUID> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id.toLowerCase(Locale.ROOT)) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
