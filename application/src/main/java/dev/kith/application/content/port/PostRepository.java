package dev.kith.application.content.port;

import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.List;
import java.util.Optional;

/**
 * Stores posts with their mentions, and keeps the author's {@code postsCount} exact. Joins the caller's
 * transaction. Thread-safe.
 */
public interface PostRepository {

    /** Stores a new post (likes and comments 0) and counts it for its author. */
    void add(Post post);

    /** The post with that id. */
    Optional<Post> find(PostId id);

    /**
     * Deletes a post with its comments, likes and mentions, and uncounts it for its author; deleting an
     * absent post does nothing.
     *
     * @return whether this call deleted it
     */
    boolean delete(PostId id);

    /**
     * Deletes every post in the group, as {@link #delete} each (comments, likes, mentions, authors' counts),
     * in a fixed number of statements.
     *
     * @return the posts deleted (for their media and events)
     */
    List<Post> deleteInGroup(GroupId group);
}
