package dev.kith.adapter.javalin.story;

import dev.kith.adapter.javalin.media.MediaResponse;
import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.story.port.StoryView;
import java.time.Instant;

/**
 * A story as the caller sees it.
 *
 * @param media the image or video, whose links expire with the story at the latest
 * @param caption the caption, or null
 * @param expiresAt when it stops being shown, 24 hours after {@code createdAt}
 * @param seen whether the caller opened it (always, for its author)
 */
public record StoryResponse(String id, AccountSummaryResponse author, MediaResponse media, String caption,
                            Instant createdAt, Instant expiresAt, boolean seen) {

    static StoryResponse of(StoryView story, MediaLinks links) {
        return new StoryResponse(story.id().toString(), AccountSummaryResponse.of(story.author(), links),
                MediaResponse.of(story.media(), links, story.expiresAt()), story.caption().orElse(null),
                story.createdAt(), story.expiresAt(), story.seen());
    }
}
