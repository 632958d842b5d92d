package dev.kith.application.content;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.content.port.ContentPorts;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.group.GroupAccess;
import dev.kith.application.media.Attachments;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.SharedPorts;
import java.time.Clock;
import java.util.Map;

/** The use cases of posts, comments, likes and timelines, wired to their ports. Thread-safe. */
public final class Content implements ContextFacade {

    private final PublishPost publishPost;
    private final GetPost getPost;
    private final DeletePost deletePost;
    private final LikePost likePost;
    private final ListPostLikes listLikes;
    private final CommentOnPost comment;
    private final ListComments listComments;
    private final DeleteComment deleteComment;
    private final ListPosts listPosts;
    private final ListGroupPosts listGroupPosts;
    private final PostAudience audience;

    /**
     * Wires the content use cases to their ports; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param accounts the account context's accounts, which comments check their authors against
     * @param visibility the graph context's policy
     * @param groups the group context's rules: who sees, writes and moderates a group's posts
     * @param media the media context's attachments, which posts use
     * @param events where the use cases record content events, and where the home-feed projection listens
     *     to the content and graph events
     */
    public Content(SharedPorts shared, ContentPorts ports, AccountRepository accounts, VisibilityPolicy visibility,
                   GroupAccess groups, Attachments media, DomainEvents events, Clock clock) {
        var transactor = shared.transactor();
        var posts = ports.posts();
        var queries = ports.queries();
        var ids = shared.ids();
        this.audience = new PostAudience(visibility, groups);
        VisiblePosts visiblePosts = new VisiblePosts(posts, visibility, audience);
        MentionedAccounts mentions = new MentionedAccounts(visibility);
        this.publishPost = new PublishPost(transactor, posts, queries, mentions, media, groups, ids, events, clock);
        this.getPost = new GetPost(visiblePosts, queries);
        this.deletePost = new DeletePost(transactor, visiblePosts, posts, media, groups, events, clock);
        this.likePost = new LikePost(transactor, visiblePosts, ports.likes(), queries, ids, events, clock);
        this.listLikes = new ListPostLikes(visiblePosts, queries);
        this.comment = new CommentOnPost(transactor, visiblePosts, ports.comments(), accounts, mentions, ids, events, clock);
        this.listComments = new ListComments(visiblePosts, queries);
        this.deleteComment = new DeleteComment(transactor, visiblePosts, ports.comments(), groups, events, clock);
        this.listPosts = new ListPosts(visibility, queries);
        this.listGroupPosts = new ListGroupPosts(groups, visibility, queries);
        events.subscribe(new GroupPostsCleanup(posts, media, events));
        events.subscribe(new HomeFeedProjection(ports.homeFeed()));
    }

    /** None yet. */
    @Override
    public Map<String, OutboxHandler> outboxHandlers() {
        return Map.of();
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

    public ListGroupPosts listGroupPosts() {
        return listGroupPosts;
    }

    /** Who may see a post: for the contexts that tell accounts about posts. */
    public PostAudience audience() {
        return audience;
    }
}
