package dev.kith.application.group;

import dev.kith.application.group.port.GroupQueries;
import dev.kith.application.group.port.GroupView;
import dev.kith.application.shared.Actor;
import dev.kith.domain.group.GroupErrors;

/** Shows a group: anyone signed in sees any group's name, description, visibility and member count. */
public final class GetGroup {

    private final GroupQueries queries;

    GetGroup(GroupQueries queries) {
        this.queries = queries;
    }

    /**
     * The group as the actor sees it (with its role and whether it asks to join).
     *
     * @throws GroupErrors.GroupNotFound when there is no such group
     */
    public GroupView execute(Actor actor, String groupId) {
        return queries.group(GroupIds.route(groupId), actor.requireAccount()).orElseThrow(GroupErrors.GroupNotFound::new);
    }
}
