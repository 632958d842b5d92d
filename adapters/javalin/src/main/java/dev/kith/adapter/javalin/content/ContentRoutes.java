package dev.kith.adapter.javalin.content;

import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.JsonBodies;
import dev.kith.adapter.javalin.internal.PageParameters;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.adapter.javalin.shared.PageResponse;
import dev.kith.application.content.Content;
import dev.kith.application.content.DeleteComment;
import dev.kith.application.content.DeletePost;
import dev.kith.application.content.GetPost;
import dev.kith.application.content.LikePost;
import dev.kith.application.content.ListComments;
import dev.kith.application.content.ListPostLikes;
import dev.kith.application.content.ListPosts;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.shared.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Posts, comments, likes and timelines. Each handler parses, calls one use case and renders; visibility
 * (private accounts, blocks) is the core's to decide, and what the caller may not see is 404.
 */
public final class ContentRoutes implements Routes {

    private final Content content;
    private final MediaLinks links;
    private final BearerAuthentication authentication;
    private final JsonBodies bodies;

    /** Serves {@code content} to signed-in callers. */
    public ContentRoutes(Content content, MediaLinks links, BearerAuthentication authentication, JsonBodies bodies) {
        this.links = links;
        this.content = content;
        this.authentication = authentication;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/posts", this::publishPost);
        routes.get("/api/v1/posts/{id}", this::getPost);
        routes.delete("/api/v1/posts/{id}", this::deletePost);
        routes.post("/api/v1/posts/{id}/like", ctx -> like(ctx, true));
        routes.delete("/api/v1/posts/{id}/like", ctx -> like(ctx, false));
        routes.get("/api/v1/posts/{id}/likes", this::listLikes);
        routes.post("/api/v1/posts/{id}/comments", this::comment);
        routes.get("/api/v1/posts/{id}/comments", this::listComments);
        routes.delete("/api/v1/comments/{id}", this::deleteComment);
        routes.get("/api/v1/timelines/home", this::homeTimeline);
        routes.get("/api/v1/users/{username}/posts", this::postsBy);
    }

    private void publishPost(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        PublishPostRequest request = bodies.parse(ctx, PublishPostRequest.FIELDS, PublishPostRequest::from);
        PostResponse post = PostResponse.of(content.publishPost().execute(actor, request.toCommand()), links);
        ctx.header("Location", "/api/v1/posts/" + post.id());
        ctx.status(201).json(post);
    }

    private void getPost(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(PostResponse.of(content.getPost().execute(actor, new GetPost.Query(ctx.pathParam("id"))), links));
    }

    private void deletePost(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        content.deletePost().execute(actor, new DeletePost.Command(ctx.pathParam("id")));
        ctx.status(204);
    }

    private void like(Context ctx, boolean like) {
        Actor actor = authentication.signedIn(ctx);
        LikePost.Command command = new LikePost.Command(ctx.pathParam("id"), like);
        ctx.json(LikeSummaryResponse.of(content.likePost().execute(actor, command)));
    }

    private void listLikes(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ListPostLikes.Query query = new ListPostLikes.Query(ctx.pathParam("id"), PageParameters.of(ctx));
        ctx.json(PageResponse.of(content.listLikes().execute(actor, query), summary -> AccountSummaryResponse.of(summary, links)));
    }

    private void comment(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        CommentOnPostRequest request = bodies.parse(ctx, CommentOnPostRequest.FIELDS, CommentOnPostRequest::from);
        ctx.status(201).json(CommentResponse.of(
                content.comment().execute(actor, request.toCommand(ctx.pathParam("id"))), links));
    }

    private void listComments(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ListComments.Query query = new ListComments.Query(ctx.pathParam("id"), PageParameters.of(ctx));
        ctx.json(PageResponse.of(content.listComments().execute(actor, query), comment -> CommentResponse.of(comment, links)));
    }

    private void deleteComment(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        content.deleteComment().execute(actor, new DeleteComment.Command(ctx.pathParam("id")));
        ctx.status(204);
    }

    private void homeTimeline(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ListPosts.Query query = ListPosts.Query.home(PageParameters.of(ctx));
        ctx.json(PageResponse.of(content.listPosts().execute(actor, query), post -> PostResponse.of(post, links)));
    }

    private void postsBy(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ListPosts.Query query = ListPosts.Query.of(ctx.pathParam("username"), PageParameters.of(ctx));
        ctx.json(PageResponse.of(content.listPosts().execute(actor, query), post -> PostResponse.of(post, links)));
    }
}
