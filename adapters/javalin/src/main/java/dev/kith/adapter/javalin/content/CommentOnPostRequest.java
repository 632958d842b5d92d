package dev.kith.adapter.javalin.content;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.content.CommentOnPost;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/posts/{id}/comments}.
 *
 * @param text the comment's text
 * @param parentId the top-level comment this one replies to; empty when absent or null
 */
public record CommentOnPostRequest(String text, Optional<String> parentId) {

    static final Set<String> FIELDS = Set.of("text", "parentId");

    static CommentOnPostRequest from(JsonFields body) {
        return new CommentOnPostRequest(body.string("text"), body.optionalString("parentId"));
    }

    CommentOnPost.Command toCommand(String postId) {
        return new CommentOnPost.Command(postId, text, parentId);
    }
}
