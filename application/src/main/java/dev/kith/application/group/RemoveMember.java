package dev.kith.application.group;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Ban;
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

/** Removes a member from a group, and may ban it. */
public final class RemoveMember {

    private final Transactor transactor;
    private final GroupMembers members;
    private final AccountRepository accounts;
    private final DomainEvents events;
    private final Clock clock;

    RemoveMember(Transactor transactor, GroupMembers members, AccountRepository accounts, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.members = members;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Removes the member (its posts stay) and logs it. With {@code ban}, also keeps the account out until an
     * admin lifts the ban: it cannot join or ask again, and its pending request is dropped; a requester or
     * any other account that is not a member can be banned too. Banning someone banned already does nothing.
     *
     * @throws GroupErrors.GroupNotFound when there is no such group
     * @throws GroupErrors.NotAllowed unless the actor is a moderator or up who outranks the member
     * @throws GroupErrors.NotInGroup when the account is not a member (without {@code ban}) or does not exist
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        GroupId id = GroupIds.route(command.groupId());
        transactor.run(() -> {
            members.lock(id);
            Optional<GroupRole> mine = members.roleOf(id, me);
            AccountId account = GroupIds.account(command.userId(), "member");
            Optional<Membership> membership = members.memberships.find(id, account);
            GroupRules.requireMayRemove(mine, membership.map(Membership::role));
            if (membership.isEmpty() && (!command.ban() || accounts.findById(account).isEmpty())) {
                throw new GroupErrors.NotInGroup("member");
            }
            Instant now = clock.instant();
            boolean removed = membership.isPresent() && members.memberships.remove(id, account);
            boolean banned = command.ban() && members.memberships.addBan(new Ban(members.nextId(), id, account, me, now));
            if (banned && members.memberships.removeRequest(id, account)) {
                events.record(new GroupEvent.JoinRequestClosed(id, account, me, false, now));
            }
            if (removed) {
                events.record(new GroupEvent.MemberLeft(id, account, me, command.ban(), now));
            }
            if (removed || banned) {
                members.log(id, me, banned ? ModerationAction.MEMBER_BANNED : ModerationAction.MEMBER_REMOVED,
                        Optional.of(account), removed ? "" : "not a member", now);
            }
        });
    }

    /** Which group, whom, and whether to ban. */
    public record Command(String groupId, String userId, boolean ban) {
    }
}
