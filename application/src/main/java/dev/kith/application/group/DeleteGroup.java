package dev.kith.application.group;

import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRules;
import java.time.Clock;

/** Deletes a group with its posts. */
public final class DeleteGroup {

    private final Transactor transactor;
    private final GroupMembers members;
    private final DomainEvents events;
    private final Clock clock;

    DeleteGroup(Transactor transactor, GroupMembers members, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Deletes the group, its members, requests, bans and log, and (through the content context, in the
     * same transaction) its posts with their comments, likes and media.
     *
     * @throws dev.kith.domain.group.GroupErrors.GroupNotFound when there is no such group
     * @throws dev.kith.domain.group.GroupErrors.NotAllowed unless the actor is an owner
     */
    public void execute(Actor actor, String groupId) {
        AccountId me = actor.requireAccount();
        GroupId id = GroupIds.route(groupId);
        transactor.run(() -> {
            members.lock(id);
            GroupRules.requireMayDelete(members.roleOf(id, me));
            // recorded first: the listeners see the members, whose timelines lose the group's posts
            events.record(new GroupEvent.GroupDeleted(id, me, clock.instant()));
            members.groups.delete(id);
        });
    }
}
