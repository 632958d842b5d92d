package dev.kith.adapter.javalin.group;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.group.CreateGroup;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/groups}.
 *
 * @param name the group's name; required
 * @param description its description; empty when absent or null
 * @param visibility {@code public} or {@code private}; required
 */
public record CreateGroupRequest(String name, String description, String visibility) {

    static final Set<String> FIELDS = Set.of("name", "description", "visibility");

    static CreateGroupRequest from(JsonFields body) {
        return new CreateGroupRequest(body.string("name"), body.string("description"), body.string("visibility"));
    }

    CreateGroup.Command toCommand() {
        return new CreateGroup.Command(name, description, visibility);
    }
}
