package dev.kith.adapter.javalin.story;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.story.PostStory;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/stories}.
 *
 * @param mediaId the id of an uploaded image or video of the caller's
 * @param caption the caption; empty when absent or null
 */
public record PostStoryRequest(String mediaId, Optional<String> caption) {

    static final Set<String> FIELDS = Set.of("mediaId", "caption");

    static PostStoryRequest from(JsonFields body) {
        return new PostStoryRequest(body.string("mediaId"), body.optionalString("caption"));
    }

    PostStory.Command toCommand() {
        return new PostStory.Command(mediaId, caption);
    }
}
