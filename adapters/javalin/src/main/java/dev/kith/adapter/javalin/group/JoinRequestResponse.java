package dev.kith.adapter.javalin.group;

import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.group.port.AccountSince;
import dev.kith.application.media.MediaLinks;
import java.time.Instant;

/**
 * A pending request to join a private group.
 *
 * @param user the account asking
 * @param requestedAt when it asked
 */
public record JoinRequestResponse(AccountSummaryResponse user, Instant requestedAt) {

    static JoinRequestResponse of(AccountSince request, MediaLinks links) {
        return new JoinRequestResponse(AccountSummaryResponse.of(request.user(), links), request.since());
    }
}
