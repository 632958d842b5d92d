package dev.kith.application.content;

import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.PostView;
import dev.kith.application.shared.Actor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.PostId;

/** Reads one post. */
public final class GetPost {

    private final VisiblePosts visiblePosts;
    private final ContentQueries queries;

    GetPost(VisiblePosts visiblePosts, ContentQueries queries) {
        this.visiblePosts = visiblePosts;
        this.queries = queries;
    }

    /**
     * The post with its author, counts and whether the actor likes it.
     *
     * @param actor a signed-in account
     * @param query the post id
     * @throws ContentErrors.PostNotFound when there is no such post or the actor may not see it
     */
    public PostView execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        PostId id = visiblePosts.require(me, ContentIds.post(query.postId())).id();
        return queries.post(id, me).orElseThrow(ContentErrors.PostNotFound::new);
    }

    /** Which post. */
    public record Query(String postId) {
    }
}
