package dev.kith.adapter.javalin.content;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.content.PublishPost;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/posts}.
 *
 * @param text the post's text; required unless media is attached
 * @param mediaIds ids of uploaded media, in order; empty when absent or null
 * @param groupId the group to post in; empty when absent or null
 */
public record PublishPostRequest(String text, List<String> mediaIds, Optional<String> groupId) {

    static final Set<String> FIELDS = Set.of("text", "mediaIds", "groupId");

    static PublishPostRequest from(JsonFields body) {
        return new PublishPostRequest(body.string("text"), body.stringList("mediaIds"), body.optionalString("groupId"));
    }

    PublishPost.Command toCommand() {
        return new PublishPost.Command(text, mediaIds, groupId);
    }
}
