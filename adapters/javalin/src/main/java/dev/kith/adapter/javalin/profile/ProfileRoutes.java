package dev.kith.adapter.javalin.profile;

import dev.kith.adapter.javalin.account.AccountResponse;
import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.JsonBodies;
import dev.kith.adapter.javalin.internal.PageParameters;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.adapter.javalin.shared.PageResponse;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.profile.GetProfile;
import dev.kith.application.profile.Profiles;
import dev.kith.application.profile.SearchProfiles;
import dev.kith.application.shared.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Profiles: one account's profile with its counts and the caller's relationship to it, search by
 * username or display-name prefix, and editing one's own ({@code PATCH /api/v1/me}). Each handler parses, calls one use case and renders.
 */
public final class ProfileRoutes implements Routes {

    private final Profiles profiles;
    private final MediaLinks links;
    private final BearerAuthentication authentication;
    private final JsonBodies bodies;

    /** Serves {@code profiles} to signed-in callers. */
    public ProfileRoutes(Profiles profiles, MediaLinks links, BearerAuthentication authentication, JsonBodies bodies) {
        this.links = links;
        this.profiles = profiles;
        this.authentication = authentication;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/users", this::search);
        routes.get("/api/v1/users/{username}", this::getProfile);
        routes.patch("/api/v1/me", this::updateProfile);
    }

    private void updateProfile(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        UpdateProfileRequest request = bodies.parse(ctx, UpdateProfileRequest.FIELDS, UpdateProfileRequest::from);
        ctx.json(AccountResponse.of(profiles.updateProfile().execute(actor, request.toCommand()), links));
    }

    private void getProfile(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        GetProfile.Query query = new GetProfile.Query(ctx.pathParam("username"));
        ctx.json(ProfileResponse.of(profiles.getProfile().execute(actor, query), links));
    }

    private void search(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        SearchProfiles.Query query = new SearchProfiles.Query(ctx.queryParam("q"), PageParameters.of(ctx));
        ctx.json(PageResponse.of(profiles.search().execute(actor, query), summary -> AccountSummaryResponse.of(summary, links)));
    }
}
