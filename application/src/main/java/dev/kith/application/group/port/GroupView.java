package dev.kith.application.group.port;

import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupRole;
import java.util.Objects;
import java.util.Optional;

/**
 * A group as a viewer sees it: its member count, the viewer's role if it is a member, and whether the
 * viewer asks to join.
 */
public record GroupView(Group group, long membersCount, Optional<GroupRole> myRole, boolean requested) {
    public GroupView {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(myRole, "myRole");
    }
}
