package dev.kith.application.group;

import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.Membership;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Leaves a group, or withdraws a request to join it. */
public final class LeaveGroup {

    private final Transactor transactor;
    private final GroupMembers members;
    private final DomainEvents events;
    private final Clock clock;

    LeaveGroup(Transactor transactor, GroupMembers members, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Ends the actor's membership (its posts stay in the group), or withdraws its pending request.
     * Idempotent: leaving a group one is not in does nothing.
     *
     * @throws dev.kith.domain.group.GroupErrors.GroupNotFound when there is no such group
     * @throws dev.kith.domain.group.GroupErrors.LastOwner when the actor is the group's only owner
     */
    public void execute(Actor actor, String groupId) {
        AccountId me = actor.requireAccount();
        GroupId id = GroupIds.route(groupId);
        transactor.run(() -> {
            members.lock(id);
            Instant now = clock.instant();
            Optional<Membership> membership = members.memberships.find(id, me);
            if (membership.isPresent()) {
                if (membership.get().role() == GroupRole.OWNER) {
                    members.requireAnotherOwner(id);
                }
                members.memberships.remove(id, me);
                events.record(new GroupEvent.MemberLeft(id, me, me, false, now));
            } else if (members.memberships.removeRequest(id, me)) {
                events.record(new GroupEvent.JoinRequestClosed(id, me, me, false, now));
            }
        });
    }
}
