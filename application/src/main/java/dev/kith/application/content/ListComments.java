package dev.kith.application.content;

import dev.kith.application.content.port.CommentView;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.Post;
import java.util.Objects;

/** Lists a post's comments, oldest first. */
public final class ListComments {

    private final VisiblePosts visiblePosts;
    private final ContentQueries queries;

    ListComments(VisiblePosts visiblePosts, ContentQueries queries) {
        this.visiblePosts = visiblePosts;
        this.queries = queries;
    }

    /**
     * One page of the post's comments and replies, oldest first; comments by accounts blocked either way
     * with the actor are left out.
     *
     * @param actor a signed-in account that may see the post
     * @param query the post id and the page
     * @throws dev.kith.domain.content.ContentErrors.PostNotFound when there is no such post or it is not visible
     * @throws dev.kith.domain.shared.InvalidInput on {@code cursor} when the cursor is not one this list returned
     */
    public Page<CommentView> execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        Post post = visiblePosts.require(me, ContentIds.post(query.postId()));
        PageRequest.InList page = query.page().in("comments", post.id());
        return page.pageOf(queries.comments(post.id(), visiblePosts.scope(me), page.afterId().map(CommentId::new), page.fetchSize()),
                comment -> comment.id().value());
    }

    /** Which post, which page. */
    public record Query(String postId, PageRequest page) {
        public Query {
            Objects.requireNonNull(page, "page");
        }
    }
}
