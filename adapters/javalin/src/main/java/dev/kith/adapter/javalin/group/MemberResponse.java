package dev.kith.adapter.javalin.group;

import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.group.port.MemberView;
import dev.kith.application.media.MediaLinks;
import java.time.Instant;

/**
 * A member of a group.
 *
 * @param role {@code owner}, {@code admin}, {@code moderator} or {@code member}
 * @param since when it became a member
 */
public record MemberResponse(AccountSummaryResponse user, String role, Instant since) {

    static MemberResponse of(MemberView member, MediaLinks links) {
        return new MemberResponse(AccountSummaryResponse.of(member.user(), links), GroupRoutes.roleName(member.role()),
                member.since());
    }
}
