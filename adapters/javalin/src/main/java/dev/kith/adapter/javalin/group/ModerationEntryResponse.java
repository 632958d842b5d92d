package dev.kith.adapter.javalin.group;

import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.group.port.ModerationEntryView;
import dev.kith.application.media.MediaLinks;
import java.time.Instant;
import java.util.Locale;

/**
 * One entry of a group's moderation log.
 *
 * @param action what was done, in lower case ({@code post_deleted}, {@code member_banned})
 * @param actor who did it, or null once that account is erased
 * @param subject to whom, or null when the action is not about an account or that account is erased
 * @param detail more about it ({@code member -> moderator}, {@code name, description}); may be empty
 */
public record ModerationEntryResponse(String id, String action, AccountSummaryResponse actor,
                                      AccountSummaryResponse subject, String detail, Instant at) {

    static ModerationEntryResponse of(ModerationEntryView entry, MediaLinks links) {
        return new ModerationEntryResponse(entry.id().toString(), entry.action().name().toLowerCase(Locale.ROOT),
                entry.actor().map(account -> AccountSummaryResponse.of(account, links)).orElse(null),
                entry.subject().map(account -> AccountSummaryResponse.of(account, links)).orElse(null),
                entry.detail(), entry.at());
    }
}
