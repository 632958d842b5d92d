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
import dev.kith.domain.group.GroupRules;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.ModerationAction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Changes a group's name, description or visibility. */
public final class EditGroup {

    private final Transactor transactor;
    private final GroupMembers members;
    private final GroupQueries queries;
    private final DomainEvents events;
    private final Clock clock;

    EditGroup(Transactor transactor, GroupMembers members, GroupQueries queries, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.members = members;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Changes what the command gives (absent fields stay) and logs it. Turning a group private hides its
     * members and posts from non-members at once; pending join requests stay for admins to answer when a
     * private group turns public.
     *
     * @throws dev.kith.domain.group.GroupErrors.GroupNotFound when there is no such group
     * @throws dev.kith.domain.group.GroupErrors.NotAllowed unless the actor is an admin or owner
     * @throws dev.kith.domain.shared.InvalidInput on a blank or too long name, a too long description, or an
     *     unknown visibility
     */
    public GroupView execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        GroupId id = GroupIds.route(command.groupId());
        transactor.run(() -> {
            Group group = members.lock(id);
            GroupRules.requireMayEdit(members.roleOf(id, me));
            String name = command.name().map(n -> Group.validName(n, members.settings().nameMaxLength())).orElse(group.name());
            String description = command.description()
                    .map(d -> Group.validDescription(d, members.settings().descriptionMaxLength())).orElse(group.description());
            GroupVisibility visibility = command.visibility().map(GroupMembers::visibility).orElse(group.visibility());
            List<String> changed = new ArrayList<>();
            if (!name.equals(group.name())) {
                changed.add("name");
            }
            if (!description.equals(group.description())) {
                changed.add("description");
            }
            if (visibility != group.visibility()) {
                changed.add("visibility: " + GroupMembers.name(group.visibility()) + " -> " + GroupMembers.name(visibility));
            }
            if (changed.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            members.groups.update(group.edited(name, description, visibility));
            members.log(id, me, ModerationAction.GROUP_EDITED, Optional.empty(), String.join(", ", changed), now);
            events.record(new GroupEvent.GroupEdited(id, me, visibility, now));
        });
        return queries.group(id, me).orElseThrow();
    }

    /** Which group, and what changes; an empty field stays as it is. */
    public record Command(String groupId, Optional<String> name, Optional<String> description, Optional<String> visibility) {
        public Command {
            name = name == null ? Optional.empty() : name;
            description = description == null ? Optional.empty() : description;
            visibility = visibility == null ? Optional.empty() : visibility;
        }
    }
}
