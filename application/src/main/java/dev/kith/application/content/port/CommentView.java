package dev.kith.application.content.port;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.PostId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A comment with its author. */
public record CommentView(CommentId id, PostId post, Optional<CommentId> parent, AccountSummary author, String text,
                          Instant createdAt) {
    public CommentView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
