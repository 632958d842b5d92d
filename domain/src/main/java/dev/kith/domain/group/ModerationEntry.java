package dev.kith.domain.group;

import dev.kith.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of a group's moderation log: who ({@code actor}) did what ({@code action}) to whom
 * ({@code subject}, the account acted on or whose content was deleted) and when; {@code detail} says the
 * rest in a few words (the deleted post's or comment's id, {@code moderator -> admin}, the edited fields).
 */
public record ModerationEntry(UUID id, GroupId group, AccountId actor, ModerationAction action,
                              Optional<AccountId> subject, String detail, Instant at) {
    public ModerationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }
}
