package dev.kith.application.content;

import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.PostId;
import dev.kith.domain.shared.InvalidInput;
import java.util.Optional;
import java.util.UUID;

/** Reads ids that clients send: a malformed id in a path names nothing (404), in a body it is invalid (400). */
final class ContentIds {

    private ContentIds() {
    }

    static PostId post(String id) {
        return parse(id).map(PostId::new).orElseThrow(ContentErrors.PostNotFound::new);
    }

    static CommentId comment(String id) {
        return parse(id).map(CommentId::new).orElseThrow(ContentErrors.CommentNotFound::new);
    }

    static CommentId commentField(String field, String id) {
        return parse(id).map(CommentId::new).orElseThrow(() -> InvalidInput.field(field, "is not a comment id"));
    }

    static Optional<UUID> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id.toLowerCase(java.util.Locale.ROOT)) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
