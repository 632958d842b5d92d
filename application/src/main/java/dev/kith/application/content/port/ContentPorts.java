package dev.kith.application.content.port;

import java.util.Objects;

/**
 * The ports of the content context: posts, comments and likes, and the queries behind posts, lists and
 * timelines. {@link dev.kith.application.content.Content} wires itself from it. Adapter modules build it
 * (see {@code InMemoryAdapters} and {@code PostgresAdapters}); every component is required.
 *
 * @param posts the posts
 * @param comments the comments
 * @param likes the likes
 * @param queries posts, comments and likers as a viewer sees them, and the timelines
 * @param homeFeed the home timelines' read model, which the content context keeps from events
 */
public record ContentPorts(PostRepository posts, CommentRepository comments, LikeRepository likes,
                           ContentQueries queries, HomeFeed homeFeed) {

    /** Refuses a missing port, by name. */
    public ContentPorts {
        Objects.requireNonNull(posts, "posts");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(likes, "likes");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(homeFeed, "homeFeed");
    }
}
