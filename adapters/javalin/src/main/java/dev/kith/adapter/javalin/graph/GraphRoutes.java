package dev.kith.adapter.javalin.graph;

import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.PageParameters;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.adapter.javalin.shared.PageResponse;
import dev.kith.application.graph.AnswerFollowRequest;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.graph.Graph;
import dev.kith.application.graph.ListConnections.Connections;
import dev.kith.application.graph.ListConnections;
import dev.kith.application.graph.UnfollowAccount;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.shared.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The social graph: follows and follow requests, blocks, and the follower, following and request lists.
 * Each handler parses, calls one use case and renders; who may see or do what is the core's to decide.
 */
public final class GraphRoutes implements Routes {

    private final Graph graph;
    private final MediaLinks links;
    private final BearerAuthentication authentication;

    /** Serves {@code graph} to signed-in callers. */
    public GraphRoutes(Graph graph, MediaLinks links, BearerAuthentication authentication) {
        this.links = links;
        this.graph = graph;
        this.authentication = authentication;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/users/{username}/follow", this::follow);
        routes.delete("/api/v1/users/{username}/follow", this::unfollow);
        routes.get("/api/v1/users/{username}/followers", ctx -> list(ctx, Connections.FOLLOWERS));
        routes.get("/api/v1/users/{username}/following", ctx -> list(ctx, Connections.FOLLOWING));
        routes.get("/api/v1/me/follow-requests", ctx -> list(ctx, Connections.REQUESTS));
        routes.get("/api/v1/me/blocks", ctx -> list(ctx, Connections.BLOCKED));
        routes.post("/api/v1/me/follow-requests/{username}/accept", ctx -> answer(ctx, true));
        routes.post("/api/v1/me/follow-requests/{username}/reject", ctx -> answer(ctx, false));
        routes.post("/api/v1/users/{username}/block", ctx -> block(ctx, true));
        routes.delete("/api/v1/users/{username}/block", ctx -> block(ctx, false));
    }

    private void follow(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        FollowAccount.Command command = new FollowAccount.Command(ctx.pathParam("username"));
        ctx.json(FollowResponse.of(graph.follow().execute(actor, command)));
    }

    private void unfollow(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        graph.unfollow().execute(actor, new UnfollowAccount.Command(ctx.pathParam("username")));
        ctx.status(204);
    }

    private void list(Context ctx, Connections list) {
        Actor actor = authentication.signedIn(ctx);
        String username = list == Connections.REQUESTS || list == Connections.BLOCKED ? null : ctx.pathParam("username");
        ListConnections.Query query = new ListConnections.Query(list, username, PageParameters.of(ctx));
        ctx.json(PageResponse.of(graph.listConnections().execute(actor, query), summary -> AccountSummaryResponse.of(summary, links)));
    }

    private void answer(Context ctx, boolean accept) {
        Actor actor = authentication.signedIn(ctx);
        graph.answerFollowRequest().execute(actor, new AnswerFollowRequest.Command(ctx.pathParam("username"), accept));
        ctx.status(204);
    }

    private void block(Context ctx, boolean block) {
        Actor actor = authentication.signedIn(ctx);
        graph.block().execute(actor, new BlockAccount.Command(ctx.pathParam("username"), block));
        ctx.status(204);
    }
}
