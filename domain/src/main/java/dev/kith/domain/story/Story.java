package dev.kith.domain.story;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.shared.PlainText;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A story: one image or video with an optional caption, shown to its author's followers for a day after it
 * is posted. Immutable; it can only be deleted, or expire.
 *
 * @param media the image or video, attached to this story alone
 * @param expiresAt when it stops being shown, {@link #LIFETIME} after {@code createdAt}
 */
public record Story(StoryId id, AccountId author, MediaId media, Optional<String> caption, Instant createdAt,
                    Instant expiresAt) {

    /** How long a story is shown. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    /** The longest caption, in code points. */
    public static final int CAPTION_MAX = 500;

    /** The most stories an account may have active at once. */
    public static final int ACTIVE_MAX = 100;

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a story expires after it is created");
        }
    }

    /** A new story posted at {@code now}, expiring {@link #LIFETIME} later; the caption must be valid already. */
    public static Story post(StoryId id, AccountId author, MediaId media, Optional<String> caption, Instant now) {
        return new Story(id, author, media, caption, now, now.plus(LIFETIME));
    }

    /**
     * Validates and normalizes a caption: up to {@link #CAPTION_MAX} characters, one or more lines, no control
     * characters; null or blank is none.
     */
    public static Optional<String> validCaption(String caption) {
        if (caption == null) {
            return Optional.empty();
        }
        String text = PlainText.require("caption", caption, 0, CAPTION_MAX, true).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Whether it is still shown at {@code now}: it expires at {@code expiresAt} exactly. */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
