package dev.kith.application.content;

import dev.kith.application.content.port.PostRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.Post;

/** Deletes a post with its comments and likes. */
public final class DeletePost {

    private final Transactor transactor;
    private final VisiblePosts visiblePosts;
    private final PostRepository posts;

    DeletePost(Transactor transactor, VisiblePosts visiblePosts, PostRepository posts) {
        this.transactor = transactor;
        this.visiblePosts = visiblePosts;
        this.posts = posts;
    }

    /**
     * Deletes the post, its comments and its likes.
     *
     * @param actor a signed-in account, which must be the author
     * @param command the post id
     * @throws ContentErrors.PostNotFound when there is no such post or the actor may not see it
     * @throws ContentErrors.NotYours when the actor sees it but is not its author
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        transactor.run(() -> {
            Post post = visiblePosts.require(me, ContentIds.post(command.postId()));
            if (!post.author().equals(me)) {
                throw new ContentErrors.NotYours("post");
            }
            posts.delete(post.id());
        });
    }

    /** Which post. */
    public record Command(String postId) {
    }
}
