package dev.kith.application.story.port;

import dev.kith.application.account.port.AccountSummary;
import java.time.Instant;
import java.util.Objects;

/** An account that opened a story, and when it first did. */
public record StoryViewer(AccountSummary account, Instant viewedAt) {
    public StoryViewer {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(viewedAt, "viewedAt");
    }
}
