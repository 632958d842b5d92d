package dev.kith.adapter.javalin.group;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.group.EditGroup;
import dev.kith.application.shared.Change;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code PATCH /api/v1/groups/{id}}, a merge patch: an absent field stays as it is, and null
 * clears the description (a null name or visibility is refused, as an empty one is).
 */
public record EditGroupRequest(Change<String> name, Change<String> description, Change<String> visibility) {

    static final Set<String> FIELDS = Set.of("name", "description", "visibility");

    static EditGroupRequest from(JsonFields body) {
        return new EditGroupRequest(body.change("name"), body.change("description"), body.change("visibility"));
    }

    EditGroup.Command toCommand(String groupId) {
        return new EditGroup.Command(groupId, value(name), value(description), value(visibility));
    }

    /** Set is the value, clear the empty string (which the use case refuses for a name or a visibility). */
    private static Optional<String> value(Change<String> change) {
        if (change instanceof Change.Set<String> set) {
            return Optional.of(set.value());
        }
        return change instanceof Change.Clear<String> ? Optional.of("") : Optional.empty();
    }
}
