package dev.kith.application.story.port;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.domain.media.Media;
import dev.kith.domain.story.StoryId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A story as a viewer sees it: with its author and its media (whose links must not outlive
 * {@code expiresAt}), and whether the viewer opened it (always, for its author).
 */
public record StoryView(StoryId id, AccountSummary author, Media media, Optional<String> caption, Instant createdAt,
                        Instant expiresAt, boolean seen) {
    public StoryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** This view, opened by the viewer. */
    public StoryView asSeen() {
        return new StoryView(id, author, media, caption, createdAt, expiresAt, true);
    }
}
