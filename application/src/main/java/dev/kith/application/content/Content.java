package dev.kith.application.content;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Transactor;
import java.time.Clock;

/** The use cases of posts, comments, likes and timelines, wired to their ports. Thread-safe. */
public final class Content {

    private final PublishPost publishPost;
    private final GetPost getPost;
    private final DeletePost deletePost;
    private final LikePost likePost;
    private final ListPostLikes listLikes;
    private final CommentOnPost comment;
    private final ListComments listComments;
    private final DeleteComment deleteComment;
    private final ListPosts listPosts;

    /** Wires the content use cases; {@link dev.kith.application.Kith} calls this for you. */
    public Content(Transactor transactor, VisibilityPolicy visibility, AccountRepository accounts, PostRepository posts,
                   CommentRepository comments, LikeRepository likes, ContentQueries queries, IdGenerator ids, Clock clock) {
        VisiblePosts visiblePosts = new VisiblePosts(posts, visibility);
        MentionedAccounts mentions = new MentionedAccounts(visibility);
        this.publishPost = new PublishPost(transactor, posts, queries, mentions, ids, clock);
        this.getPost = new GetPost(visiblePosts, queries);
        this.deletePost = new DeletePost(transactor, visiblePosts, posts);
        this.likePost = new LikePost(transactor, visiblePosts, likes, queries, ids, clock);
        this.listLikes = new ListPostLikes(visiblePosts, queries);
        this.comment = new CommentOnPost(transactor, visiblePosts, comments, accounts, mentions, ids, clock);
        this.listComments = new ListComments(visiblePosts, queries);
        this.deleteComment = new DeleteComment(transactor, visiblePosts, comments);
        this.listPosts = new ListPosts(visibility, queries);
    }

    public PublishPost publishPost() {
        return publishPost;
    }

    public GetPost getPost() {
        return getPost;
    }

    public DeletePost deletePost() {
        return deletePost;
    }

    public LikePost likePost() {
        return likePost;
    }

    public ListPostLikes listLikes() {
        return listLikes;
    }

    public CommentOnPost comment() {
        return comment;
    }

    public ListComments listComments() {
        return listComments;
    }

    public DeleteComment deleteComment() {
        return deleteComment;
    }

    public ListPosts listPosts() {
        return listPosts;
    }
}
