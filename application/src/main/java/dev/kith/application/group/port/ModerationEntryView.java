package dev.kith.application.group.port;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.domain.group.ModerationAction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A moderation log entry as admins read it: who did it and to whom (absent once that account is erased),
 * what, and when.
 */
public record ModerationEntryView(UUID id, Optional<AccountSummary> actor, ModerationAction action,
                                  Optional<AccountSummary> subject, String detail, Instant at) {
    public ModerationEntryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }
}
