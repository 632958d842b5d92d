package dev.kith.application.group;

import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupRules;
import dev.kith.domain.group.ModerationAction;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Approves or rejects a request to join a private group. */
public final class AnswerJoinRequest {

    private final Transactor transactor;
    private final GroupMembers members;
    private final DomainEvents events;
    private final Clock clock;

    AnswerJoinRequest(Transactor transactor, GroupMembers members, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Approves (the requester becomes a member) or rejects the account's pending request, and logs it.
     * Approving someone who is a member already does nothing.
     *
     * @throws GroupErrors.GroupNotFound when there is no such group
     * @throws GroupErrors.NotAllowed unless the actor is an admin or owner
     * @throws GroupErrors.NotInGroup when the account has no pending request
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        GroupId id = GroupIds.route(command.groupId());
        transactor.run(() -> {
            members.lock(id);
            GroupRules.requireMayAnswerRequests(members.roleOf(id, me));
            AccountId requester = GroupIds.account(command.userId(), "join request");
            if (!members.memberships.removeRequest(id, requester)) {
                if (command.approve() && members.memberships.find(id, requester).isPresent()) {
                    return;
                }
                throw new GroupErrors.NotInGroup("join request");
            }
            Instant now = clock.instant();
            events.record(new GroupEvent.JoinRequestClosed(id, requester, me, command.approve(), now));
            if (command.approve()) {
                members.memberships.add(members.newMembership(id, requester, GroupRole.MEMBER, now));
                events.record(new GroupEvent.MemberJoined(id, requester, now));
            }
            members.log(id, me, command.approve() ? ModerationAction.REQUEST_APPROVED : ModerationAction.REQUEST_REJECTED,
                    Optional.of(requester), "", now);
        });
    }

    /** Which group, whose request, and the answer. */
    public record Command(String groupId, String userId, boolean approve) {
    }
}
