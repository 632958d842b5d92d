package dev.kith.adapter.javalin.content;

import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.content.port.CommentView;
import dev.kith.application.media.MediaLinks;
import java.time.Instant;

/**
 * A comment on a post.
 *
 * @param parentId the top-level comment this one replies to, or null for a top-level comment
 */
public record CommentResponse(String id, String postId, String parentId, AccountSummaryResponse author, String text,
                              Instant createdAt) {

    static CommentResponse of(CommentView comment, MediaLinks links) {
        return new CommentResponse(comment.id().toString(), comment.post().toString(),
                comment.parent().map(Object::toString).orElse(null), AccountSummaryResponse.of(comment.author(), links),
                comment.text(), comment.createdAt());
    }
}
