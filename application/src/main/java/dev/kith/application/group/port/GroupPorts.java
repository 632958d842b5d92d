package dev.kith.application.group.port;

import java.util.Objects;

/**
 * The ports of the group context. {@link dev.kith.application.group.Groups} wires itself from it. Adapter
 * modules build it (see {@code InMemoryAdapters} and {@code PostgresAdapters}); every component is required.
 *
 * @param groups the groups
 * @param memberships members, join requests and bans
 * @param log the moderation log
 * @param queries groups and their lists as a viewer sees them
 */
public record GroupPorts(GroupRepository groups, MembershipRepository memberships, ModerationLog log,
                         GroupQueries queries) {

    /** Refuses a missing port, by name. */
    public GroupPorts {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(memberships, "memberships");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(queries, "queries");
    }
}
