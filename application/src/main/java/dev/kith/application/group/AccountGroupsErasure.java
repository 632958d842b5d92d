package dev.kith.application.group;

import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.EventListener;
import dev.kith.domain.account.AccountEvent;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.Membership;
import dev.kith.domain.group.ModerationAction;
import dev.kith.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Takes an erased account out of its groups, in the erasure's transaction. A group it owns with another
 * owner just loses a member. A group it owns alone goes to its longest-standing admin (the earliest
 * membership among the admins), who becomes an owner; with no admin, the group is deleted with its posts,
 * as {@link DeleteGroup} deletes it (by {@link GroupEvent.GroupDeleted}). Then its memberships (every
 * member count taken down), join requests and bans go.
 */
final class AccountGroupsErasure implements EventListener {

    private final GroupMembers members;
    private final DomainEvents events;

    AccountGroupsErasure(GroupMembers members, DomainEvents events) {
        this.members = members;
        this.events = events;
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof AccountEvent.AccountErased erased) {
            AccountId account = erased.account();
            for (Membership membership : members.memberships.membershipsOf(account)) {
                if (membership.role() == GroupRole.OWNER) {
                    leaveOwned(membership.group(), account, erased.at());
                }
            }
            members.memberships.eraseAllOf(account);
        }
    }

    private void leaveOwned(GroupId group, AccountId account, Instant now) {
        if (members.groups.lock(group).isEmpty() || members.memberships.countWithRole(group, GroupRole.OWNER) > 1) {
            return;
        }
        Optional<AccountId> heir = firstAdmin(members.memberships.withRoleAtLeast(group, GroupRole.ADMIN), account);
        if (heir.isPresent()) {
            members.memberships.changeRole(group, heir.get(), GroupRole.OWNER);
            members.log(group, account, ModerationAction.ROLE_CHANGED, heir, "admin -> owner", now);
            events.record(new GroupEvent.RoleChanged(group, heir.get(), account, GroupRole.ADMIN, GroupRole.OWNER, now));
        } else {
            // recorded first, as DeleteGroup does: the listeners still see the members and the posts
            events.record(new GroupEvent.GroupDeleted(group, account, now));
            members.groups.delete(group);
        }
    }

    // withRoleAtLeast lists in the order the members joined; the erased account is the only owner among them
    private static Optional<AccountId> firstAdmin(List<AccountId> ownersAndAdmins, AccountId erased) {
        return ownersAndAdmins.stream().filter(id -> !id.equals(erased)).findFirst();
    }
}
