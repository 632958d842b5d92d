package dev.kith.application.export.port;

import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import java.time.Instant;
import java.util.Objects;

/** The exported account's place in one group: the group's name, its role there, since when. */
public record ExportedMembership(GroupId group, String groupName, GroupRole role, Instant since) {
    public ExportedMembership {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
    }
}
