package dev.kith.application.group;

import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.JoinRequest;
import java.time.Clock;
import java.time.Instant;

/** Joins a public group, or asks to join a private one. */
public final class JoinGroup {

    /** Where the actor stands after joining. */
    public enum State {
        /** A member. */
        MEMBER,
        /** Asking to join; an admin or owner answers. */
        REQUESTED
    }

    private final Transactor transactor;
    private final GroupMembers members;
    private final DomainEvents events;
    private final Clock clock;

    JoinGroup(Transactor transactor, GroupMembers members, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes the actor a member of a public group, or asks to join a private one. Idempotent: a member stays
     * one, a request stays pending.
     *
     * @throws GroupErrors.GroupNotFound when there is no such group
     * @throws GroupErrors.Banned when the actor is banned from it
     * @throws GroupErrors.TooManyGroups when the actor is in as many groups as allowed
     */
    public State execute(Actor actor, String groupId) {
        AccountId me = actor.requireAccount();
        GroupId id = GroupIds.route(groupId);
        return transactor.inTransaction(() -> {
            Group group = members.lock(id);
            if (members.memberships.find(id, me).isPresent()) {
                return State.MEMBER;
            }
            if (members.memberships.isBanned(id, me)) {
                throw new GroupErrors.Banned();
            }
            if (group.visibility() == GroupVisibility.PRIVATE && members.memberships.findRequest(id, me).isPresent()) {
                return State.REQUESTED;
            }
            Instant now = clock.instant();
            if (group.visibility() == GroupVisibility.PUBLIC) {
                // a request from when the group was private becomes the membership: it counted already
                boolean asked = members.memberships.removeRequest(id, me);
                if (!asked) {
                    members.requireRoomFor(me);
                } else {
                    events.record(new GroupEvent.JoinRequestClosed(id, me, me, true, now));
                }
                members.memberships.add(members.newMembership(id, me, GroupRole.MEMBER, now));
                events.record(new GroupEvent.MemberJoined(id, me, now));
                return State.MEMBER;
            }
            members.requireRoomFor(me);
            members.memberships.addRequest(new JoinRequest(members.nextId(), id, me, now));
            events.record(new GroupEvent.JoinRequested(id, me, now));
            return State.REQUESTED;
        });
    }
}
