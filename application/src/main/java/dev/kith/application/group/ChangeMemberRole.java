package dev.kith.application.group;

import dev.kith.application.group.port.MemberView;
import dev.kith.application.group.port.GroupQueries;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupRules;
import dev.kith.domain.group.Membership;
import dev.kith.domain.group.ModerationAction;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Changes a member's role: promotes, demotes, hands ownership over, or steps down. */
public final class ChangeMemberRole {

    private final Transactor transactor;
    private final GroupMembers members;
    private final GroupQueries queries;
    private final DomainEvents events;
    private final Clock clock;

    ChangeMemberRole(Transactor transactor, GroupMembers members, GroupQueries queries, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.members = members;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the member's role as {@link GroupRules#requireMayChangeRole} allows, and logs it. Making someone
     * {@code owner} hands ownership over (the group may have several owners; the former one may then step
     * down or leave). Setting the role another member has already does nothing; on oneself only a lower role
     * is accepted.
     *
     * @return the member with its role now
     * @throws GroupErrors.GroupNotFound when there is no such group
     * @throws GroupErrors.NotAllowed when the actor's rank does not allow it
     * @throws GroupErrors.NotInGroup when the account is not a member
     * @throws GroupErrors.LastOwner when the only owner would step down
     * @throws dev.kith.domain.shared.InvalidInput on an unknown role
     */
    public MemberView execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        GroupId id = GroupIds.route(command.groupId());
        GroupRole wanted = GroupMembers.role(command.role());
        AccountId target = transactor.inTransaction(() -> {
            members.lock(id);
            Optional<GroupRole> mine = members.roleOf(id, me);
            AccountId account = GroupIds.account(command.userId(), "member");
            Optional<Membership> membership = members.memberships.find(id, account);
            if (membership.isEmpty()) {
                if (mine.filter(role -> role.atLeast(GroupRole.ADMIN)).isEmpty()) {
                    throw new GroupErrors.NotAllowed("change roles");
                }
                throw new GroupErrors.NotInGroup("member");
            }
            GroupRole current = membership.get().role();
            GroupRules.requireMayChangeRole(mine, account.equals(me), current, wanted);
            if (current == wanted) {
                return account;
            }
            if (current == GroupRole.OWNER) {
                members.requireAnotherOwner(id);
            }
            Instant now = clock.instant();
            members.memberships.changeRole(id, account, wanted);
            members.log(id, me, ModerationAction.ROLE_CHANGED, Optional.of(account),
                    GroupMembers.name(current) + " -> " + GroupMembers.name(wanted), now);
            events.record(new GroupEvent.RoleChanged(id, account, me, current, wanted, now));
            return account;
        });
        return queries.member(id, target).orElseThrow(() -> new GroupErrors.NotInGroup("member"));
    }

    /** Which group, whose role, and the role wanted ({@code owner}, {@code admin}, {@code moderator}, {@code member}). */
    public record Command(String groupId, String userId, String role) {
    }
}
