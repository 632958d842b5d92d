package dev.kith.domain.content;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.shared.PlainText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A post: up to 5,000 characters of text (code points), optional media, optionally in a group, and the
 * accounts it mentions. Immutable once published; it can only be deleted.
 */
public record Post(PostId id, AccountId author, String text, List<MediaId> media, Optional<GroupId> group,
                   Set<AccountId> mentions, Instant createdAt) {

    public static final int TEXT_MAX = 5_000;
    public static final int MEDIA_MAX = 4;

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        media = List.copyOf(media);
        Objects.requireNonNull(group, "group");
        mentions = Set.copyOf(mentions);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Validates and normalizes the text of a new post; a post needs text, media or both. */
    public static String validText(String text, boolean hasMedia) {
        String normalized = PlainText.require("text", text == null ? "" : text, 0, TEXT_MAX, true).strip();
        if (normalized.isEmpty() && !hasMedia) {
            throw dev.kith.domain.shared.InvalidInput.field("text", "must not be empty");
        }
        return normalized;
    }
}
