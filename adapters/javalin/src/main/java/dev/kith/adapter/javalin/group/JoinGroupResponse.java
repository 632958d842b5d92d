package dev.kith.adapter.javalin.group;

import dev.kith.application.group.JoinGroup;
import java.util.Locale;

/**
 * The body of a 200 from joining a group.
 *
 * @param state {@code member}, or {@code requested} while a private group's admins have not answered
 */
public record JoinGroupResponse(String state) {

    static JoinGroupResponse of(JoinGroup.State state) {
        return new JoinGroupResponse(state.name().toLowerCase(Locale.ROOT));
    }
}
