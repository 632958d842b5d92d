package dev.kith.adapter.javalin.group;

import dev.kith.application.group.port.GroupView;
import dev.kith.domain.group.Group;
import java.time.Instant;
import java.util.Locale;

/**
 * A group as the caller sees it.
 *
 * @param description its description; empty when it has none
 * @param visibility {@code public} or {@code private}
 * @param membersCount how many members it has
 * @param myRole the caller's role ({@code owner}, {@code admin}, {@code moderator}, {@code member}), or null
 *     when the caller is not a member
 * @param requested whether the caller asks to join it
 */
public record GroupResponse(String id, String name, String description, String visibility, long membersCount,
                            String myRole, boolean requested, Instant createdAt) {

    static GroupResponse of(GroupView view) {
        Group group = view.group();
        return new GroupResponse(group.id().toString(), group.name(), group.description(),
                group.visibility().name().toLowerCase(Locale.ROOT), view.membersCount(),
                view.myRole().map(GroupRoutes::roleName).orElse(null), view.requested(), group.createdAt());
    }
}
