package dev.kith.domain.content;

import dev.kith.domain.shared.Forbidden;
import dev.kith.domain.shared.InvalidInput;
import dev.kith.domain.shared.NotFound;
import java.util.List;

/** The failures of posts, comments and likes. */
public final class ContentErrors {

    private ContentErrors() {
    }

    /** No such post, or not one the actor may see. */
    public static final class PostNotFound extends NotFound {
        public PostNotFound() {
            super("not_found", "No such post.");
        }
    }

    /** No such comment, or not one the actor may see. */
    public static final class CommentNotFound extends NotFound {
        public CommentNotFound() {
            super("not_found", "No such comment.");
        }
    }

    /** Replies go one level deep: a reply cannot be replied to. */
    public static final class ReplyToReply extends InvalidInput {
        public ReplyToReply() {
            super("reply_to_reply", "Reply to the top-level comment instead: replies go one level deep.",
                    List.of(new dev.kith.domain.shared.FieldError("parentId", "is a reply itself")));
        }
    }

    /** The actor may see this but not delete it. */
    public static final class NotYours extends Forbidden {
        public NotYours(String what) {
            super("forbidden", "Only its author can delete this " + what + ".");
        }
    }
}
