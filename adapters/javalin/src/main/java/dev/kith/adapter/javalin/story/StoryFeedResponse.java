package dev.kith.adapter.javalin.story;

import java.util.List;

/**
 * The story feed: {@code {"items": [...]}}, one item per author, not paginated.
 *
 * @param items authors with a story the caller has not opened first, then the author who posted last first
 */
public record StoryFeedResponse(List<AuthorStoriesResponse> items) {
}
