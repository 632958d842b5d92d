package dev.kith.application.content;

import dev.kith.application.graph.ViewerScope;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;

/** Loads a post the actor may see, through the post audience (the visibility policy, and the group's rules for a post in a group); anything else is not found. */
final class VisiblePosts {

    private final PostRepository posts;
    private final VisibilityPolicy visibility;
    private final PostAudience audience;

    VisiblePosts(PostRepository posts, VisibilityPolicy visibility, PostAudience audience) {
        this.posts = posts;
        this.visibility = visibility;
        this.audience = audience;
    }

    Post require(AccountId viewer, PostId id) {
        return posts.find(id)
                .filter(post -> audience.sees(viewer, post))
                .orElseThrow(ContentErrors.PostNotFound::new);
    }

    /** The scope the lists of the post are read through for {@code viewer}. */
    ViewerScope scope(AccountId viewer) {
        return visibility.scope(viewer);
    }
}
