package dev.kith.adapter.javalin.group;

import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.group.port.AccountSince;
import dev.kith.application.media.MediaLinks;
import java.time.Instant;

/**
 * An account banned from a group.
 *
 * @param bannedAt when it was banned
 */
public record BanResponse(AccountSummaryResponse user, Instant bannedAt) {

    static BanResponse of(AccountSince ban, MediaLinks links) {
        return new BanResponse(AccountSummaryResponse.of(ban.user(), links), ban.since());
    }
}
