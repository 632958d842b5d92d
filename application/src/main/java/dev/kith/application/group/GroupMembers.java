package dev.kith.application.group;

import dev.kith.application.group.port.GroupRepository;
import dev.kith.application.group.port.MembershipRepository;
import dev.kith.application.group.port.ModerationLog;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.Membership;
import dev.kith.domain.group.ModerationAction;
import dev.kith.domain.group.ModerationEntry;
import dev.kith.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** What the group use cases share: locking a group, reading ranks, logging, counting an account's groups. */
final class GroupMembers {

    final GroupRepository groups;
    final MembershipRepository memberships;
    private final ModerationLog log;
    private final IdGenerator ids;
    private final GroupSettings settings;

    GroupMembers(GroupRepository groups, MembershipRepository memberships, ModerationLog log, IdGenerator ids,
                 GroupSettings settings) {
        this.groups = groups;
        this.memberships = memberships;
        this.log = log;
        this.ids = ids;
        this.settings = settings;
    }

    /** The group, locked for the rest of the transaction; not found otherwise. */
    Group lock(GroupId id) {
        return groups.lock(id).orElseThrow(GroupErrors.GroupNotFound::new);
    }

    Optional<GroupRole> roleOf(GroupId group, AccountId account) {
        return memberships.find(group, account).map(Membership::role);
    }

    Membership newMembership(GroupId group, AccountId account, GroupRole role, Instant now) {
        return new Membership(ids.next(), group, account, role, now);
    }

    java.util.UUID nextId() {
        return ids.next();
    }

    /** Refuses one more group (joined or requested) when the account is at the limit. */
    void requireRoomFor(AccountId account) {
        if (memberships.countGroupsOf(account) >= settings.groupsPerAccount()) {
            throw new GroupErrors.TooManyGroups(settings.groupsPerAccount());
        }
    }

    /** Refuses the change when it would leave the group without an owner. */
    void requireAnotherOwner(GroupId group) {
        if (memberships.countWithRole(group, GroupRole.OWNER) <= 1) {
            throw new GroupErrors.LastOwner();
        }
    }

    void log(GroupId group, AccountId actor, ModerationAction action, Optional<AccountId> subject, String detail, Instant at) {
        log.record(new ModerationEntry(ids.next(), group, actor, action, subject, detail, at));
    }

    GroupSettings settings() {
        return settings;
    }

    static GroupVisibility visibility(String value) {
        if (value == null) {
            throw InvalidInput.field("visibility", "is required: public or private");
        }
        return switch (value) {
            case "public" -> GroupVisibility.PUBLIC;
            case "private" -> GroupVisibility.PRIVATE;
            default -> throw InvalidInput.field("visibility", "must be public or private");
        };
    }

    static GroupRole role(String value) {
        if (value == null) {
            throw InvalidInput.field("role", "is required: owner, admin, moderator or member");
        }
        return switch (value) {
            case "owner" -> GroupRole.OWNER;
            case "admin" -> GroupRole.ADMIN;
            case "moderator" -> GroupRole.MODERATOR;
            case "member" -> GroupRole.MEMBER;
            default -> throw InvalidInput.field("role", "must be owner, admin, moderator or member");
        };
    }

    static String name(GroupRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static String name(GroupVisibility visibility) {
        return visibility.name().toLowerCase(Locale.ROOT);
    }
}
