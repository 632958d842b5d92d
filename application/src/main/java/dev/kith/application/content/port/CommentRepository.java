package dev.kith.application.content.port;

import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import java.util.Optional;

/**
 * Stores comments with their mentions, and keeps each post's {@code commentsCount} exact (replies
 * count). Joins the caller's transaction. Thread-safe.
 */
public interface CommentRepository {

    /** Stores a new comment and counts it on its post. */
    void add(Comment comment);

    /** The comment with that id. */
    Optional<Comment> find(CommentId id);

    /**
     * Deletes a comment and its replies, and uncounts them on the post; deleting an absent comment does nothing.
     *
     * @return how many comments were deleted
     */
    int delete(CommentId id);
}
