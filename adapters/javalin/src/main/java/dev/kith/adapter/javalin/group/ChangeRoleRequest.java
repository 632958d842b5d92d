package dev.kith.adapter.javalin.group;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.group.ChangeMemberRole;
import java.util.Set;

/**
 * The body of {@code PUT /api/v1/groups/{id}/members/{userId}/role}.
 *
 * @param role {@code owner}, {@code admin}, {@code moderator} or {@code member}; required
 */
public record ChangeRoleRequest(String role) {

    static final Set<String> FIELDS = Set.of("role");

    static ChangeRoleRequest from(JsonFields body) {
        return new ChangeRoleRequest(body.string("role"));
    }

    ChangeMemberRole.Command toCommand(String groupId, String userId) {
        return new ChangeMemberRole.Command(groupId, userId, role);
    }
}
