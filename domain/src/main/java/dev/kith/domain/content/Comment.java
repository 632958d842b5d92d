package dev.kith.domain.content;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.PlainText;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A comment on a post, or a reply to a top-level comment (one level of replies): up to 2,000 characters.
 */
public record Comment(CommentId id, PostId post, Optional<CommentId> parent, AccountId author, String text,
                      Set<AccountId> mentions, Instant createdAt) {

    public static final int TEXT_MAX = 2_000;

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        mentions = Set.copyOf(mentions);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Validates and normalizes the text of a new comment. */
    public static String validText(String text) {
        String normalized = PlainText.require("text", text, 1, TEXT_MAX, true).strip();
        if (normalized.isEmpty()) {
            throw dev.kith.domain.shared.InvalidInput.field("text", "must not be empty");
        }
        return normalized;
    }

    /** Whether this comment can take replies: only top-level comments can. */
    public boolean acceptsReplies() {
        return parent.isEmpty();
    }
}
