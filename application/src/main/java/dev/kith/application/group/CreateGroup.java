package dev.kith.application.group;

import dev.kith.application.group.port.GroupQueries;
import dev.kith.application.group.port.GroupView;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import java.time.Clock;
import java.time.Instant;

/** Creates a group, with its creator as owner. */
public final class CreateGroup {

    private final Transactor transactor;
    private final GroupMembers members;
    private final GroupQueries queries;
    private final DomainEvents events;
    private final Clock clock;

    CreateGroup(Transactor transactor, GroupMembers members, GroupQueries queries, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.members = members;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a group; the actor is its owner and first member.
     *
     * @throws dev.kith.domain.shared.InvalidInput when the name is blank or too long, the description too
     *     long, or the visibility neither {@code public} nor {@code private}
     * @throws dev.kith.domain.group.GroupErrors.TooManyGroups when the actor is in as many groups as allowed
     */
    public GroupView execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        String name = Group.validName(command.name(), members.settings().nameMaxLength());
        String description = Group.validDescription(command.description(), members.settings().descriptionMaxLength());
        var visibility = GroupMembers.visibility(command.visibility());
        GroupId id = transactor.inTransaction(() -> {
            members.requireRoomFor(me);
            Instant now = clock.instant();
            Group group = new Group(new GroupId(members.nextId()), name, description, visibility, me, now);
            members.groups.add(group);
            members.memberships.add(members.newMembership(group.id(), me, GroupRole.OWNER, now));
            events.record(new GroupEvent.GroupCreated(group.id(), me, now));
            return group.id();
        });
        return queries.group(id, me).orElseThrow();
    }

    /** What to create; the description may be null. */
    public record Command(String name, String description, String visibility) {
    }
}
