package dev.kith.adapter.javalin.story;

import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.story.port.StoryViewer;
import java.time.Instant;

/**
 * An account that opened a story.
 *
 * @param viewedAt when it first opened it
 */
public record StoryViewerResponse(AccountSummaryResponse account, Instant viewedAt) {

    static StoryViewerResponse of(StoryViewer viewer, MediaLinks links) {
        return new StoryViewerResponse(AccountSummaryResponse.of(viewer.account(), links), viewer.viewedAt());
    }
}
