package dev.kith.adapter.javalin.story;

import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.JsonBodies;
import dev.kith.adapter.javalin.internal.PageParameters;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.adapter.javalin.shared.PageResponse;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.shared.Actor;
import dev.kith.application.story.DeleteStory;
import dev.kith.application.story.GetStoryFeed;
import dev.kith.application.story.ListStoryViewers;
import dev.kith.application.story.Stories;
import dev.kith.application.story.ViewStory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Stories. Each handler parses, calls one use case and renders; who may see a story (the author and its
 * accepted followers, never across a block, never once expired) is the core's to decide, and what the caller
 * may not see is 404.
 */
public final class StoryRoutes implements Routes {

    private final Stories stories;
    private final MediaLinks links;
    private final BearerAuthentication authentication;
    private final JsonBodies bodies;

    /** Serves {@code stories} to signed-in callers. */
    public StoryRoutes(Stories stories, MediaLinks links, BearerAuthentication authentication, JsonBodies bodies) {
        this.stories = stories;
        this.links = links;
        this.authentication = authentication;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/stories", this::post);
        routes.get("/api/v1/stories/feed", this::feed);
        routes.get("/api/v1/stories/{id}", this::view);
        routes.delete("/api/v1/stories/{id}", this::delete);
        routes.get("/api/v1/stories/{id}/viewers", this::viewers);
    }

    private void post(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        PostStoryRequest request = bodies.parse(ctx, PostStoryRequest.FIELDS, PostStoryRequest::from);
        StoryResponse story = StoryResponse.of(stories.post().execute(actor, request.toCommand()), links);
        ctx.header("Location", "/api/v1/stories/" + story.id());
        ctx.status(201).json(story);
    }

    private void feed(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(new StoryFeedResponse(stories.feed().execute(actor, new GetStoryFeed.Query()).stream()
                .map(group -> AuthorStoriesResponse.of(group, links)).toList()));
    }

    private void view(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(StoryResponse.of(stories.view().execute(actor, new ViewStory.Query(ctx.pathParam("id"))), links));
    }

    private void delete(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        stories.delete().execute(actor, new DeleteStory.Command(ctx.pathParam("id")));
        ctx.status(204);
    }

    private void viewers(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ListStoryViewers.Query query = new ListStoryViewers.Query(ctx.pathParam("id"), PageParameters.of(ctx));
        ctx.json(PageResponse.of(stories.listViewers().execute(actor, query), viewer -> StoryViewerResponse.of(viewer, links)));
    }
}
