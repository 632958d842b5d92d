package dev.kith.adapter.javalin.story;

import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.story.port.AuthorStories;
import java.util.List;

/**
 * One author's active stories in the story feed.
 *
 * @param stories oldest first, the order they play in
 * @param allSeen whether the caller opened every one of them
 */
public record AuthorStoriesResponse(AccountSummaryResponse author, List<StoryResponse> stories, boolean allSeen) {

    static AuthorStoriesResponse of(AuthorStories group, MediaLinks links) {
        return new AuthorStoriesResponse(AccountSummaryResponse.of(group.author(), links),
                group.stories().stream().map(story -> StoryResponse.of(story, links)).toList(), group.allSeen());
    }
}
