package dev.kith.application.story.port;

import dev.kith.application.account.port.AccountSummary;
import java.util.List;
import java.util.Objects;

/**
 * One author's active stories in the story feed, oldest first (the order they play in).
 *
 * @param allSeen whether the viewer opened every one of them
 */
public record AuthorStories(AccountSummary author, List<StoryView> stories, boolean allSeen) {
    public AuthorStories {
        Objects.requireNonNull(author, "author");
        stories = List.copyOf(stories);
    }
}
