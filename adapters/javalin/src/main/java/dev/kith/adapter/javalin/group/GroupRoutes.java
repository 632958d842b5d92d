package dev.kith.adapter.javalin.group;

import dev.kith.adapter.javalin.content.PostResponse;
import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.JsonBodies;
import dev.kith.adapter.javalin.internal.PageParameters;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.adapter.javalin.shared.PageResponse;
import dev.kith.application.content.Content;
import dev.kith.application.content.ListGroupPosts;
import dev.kith.application.group.AnswerJoinRequest;
import dev.kith.application.group.Groups;
import dev.kith.application.group.ListGroupMembers;
import dev.kith.application.group.ListGroups;
import dev.kith.application.group.RemoveMember;
import dev.kith.application.group.Unban;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.shared.Actor;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Groups: the groups themselves, membership, join requests, roles, bans, the moderation log and a group's
 * posts. Each handler parses, calls one use case and renders; what a role may do and who sees inside a
 * group is the core's to decide. A private group's members and posts are 404 to non-members; a refusal
 * by rank is 403.
 */
public final class GroupRoutes implements Routes {

    private final Groups groups;
    private final Content content;
    private final MediaLinks links;
    private final BearerAuthentication authentication;
    private final JsonBodies bodies;

    /** Serves {@code groups}, and the group timelines of {@code content}, to signed-in callers. */
    public GroupRoutes(Groups groups, Content content, MediaLinks links, BearerAuthentication authentication,
                       JsonBodies bodies) {
        this.groups = groups;
        this.content = content;
        this.links = links;
        this.authentication = authentication;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/groups", this::create);
        routes.get("/api/v1/groups", this::search);
        routes.get("/api/v1/me/groups", this::mine);
        routes.get("/api/v1/groups/{id}", this::get);
        routes.patch("/api/v1/groups/{id}", this::edit);
        routes.delete("/api/v1/groups/{id}", this::delete);
        routes.post("/api/v1/groups/{id}/join", this::join);
        routes.delete("/api/v1/groups/{id}/membership", this::leave);
        routes.get("/api/v1/groups/{id}/members", this::members);
        routes.put("/api/v1/groups/{id}/members/{userId}/role", this::changeRole);
        routes.delete("/api/v1/groups/{id}/members/{userId}", this::remove);
        routes.get("/api/v1/groups/{id}/requests", this::requests);
        routes.post("/api/v1/groups/{id}/requests/{userId}/approve", ctx -> answer(ctx, true));
        routes.post("/api/v1/groups/{id}/requests/{userId}/reject", ctx -> answer(ctx, false));
        routes.get("/api/v1/groups/{id}/bans", this::bans);
        routes.delete("/api/v1/groups/{id}/bans/{userId}", this::unban);
        routes.get("/api/v1/groups/{id}/log", this::log);
        routes.get("/api/v1/groups/{id}/posts", this::posts);
    }

    /** How the API spells a role. */
    static String roleName(GroupRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private void create(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        CreateGroupRequest request = bodies.parse(ctx, CreateGroupRequest.FIELDS, CreateGroupRequest::from);
        GroupResponse group = GroupResponse.of(groups.create().execute(actor, request.toCommand()));
        ctx.header("Location", "/api/v1/groups/" + group.id());
        ctx.status(201).json(group);
    }

    private void search(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ListGroups.Query query = new ListGroups.Query(ctx.queryParam("q"), PageParameters.of(ctx));
        ctx.json(PageResponse.of(groups.list().search(actor, query), GroupResponse::of));
    }

    private void mine(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(PageResponse.of(groups.list().mine(actor, PageParameters.of(ctx)), GroupResponse::of));
    }

    private void get(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(GroupResponse.of(groups.get().execute(actor, ctx.pathParam("id"))));
    }

    private void edit(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        EditGroupRequest request = bodies.parse(ctx, EditGroupRequest.FIELDS, EditGroupRequest::from);
        ctx.json(GroupResponse.of(groups.edit().execute(actor, request.toCommand(ctx.pathParam("id")))));
    }

    private void delete(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        groups.delete().execute(actor, ctx.pathParam("id"));
        ctx.status(204);
    }

    private void join(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(JoinGroupResponse.of(groups.join().execute(actor, ctx.pathParam("id"))));
    }

    private void leave(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        groups.leave().execute(actor, ctx.pathParam("id"));
        ctx.status(204);
    }

    private void members(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(PageResponse.of(groups.lists().members(actor, listQuery(ctx)), member -> MemberResponse.of(member, links)));
    }

    private void changeRole(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ChangeRoleRequest request = bodies.parse(ctx, ChangeRoleRequest.FIELDS, ChangeRoleRequest::from);
        ctx.json(MemberResponse.of(groups.changeRole().execute(actor,
                request.toCommand(ctx.pathParam("id"), ctx.pathParam("userId"))), links));
    }

    private void remove(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        boolean ban = ban(ctx.queryParam("ban"));
        groups.remove().execute(actor, new RemoveMember.Command(ctx.pathParam("id"), ctx.pathParam("userId"), ban));
        ctx.status(204);
    }

    private void requests(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(PageResponse.of(groups.lists().requests(actor, listQuery(ctx)),
                request -> JoinRequestResponse.of(request, links)));
    }

    private void answer(Context ctx, boolean approve) {
        Actor actor = authentication.signedIn(ctx);
        groups.answer().execute(actor, new AnswerJoinRequest.Command(ctx.pathParam("id"), ctx.pathParam("userId"), approve));
        ctx.status(204);
    }

    private void bans(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(PageResponse.of(groups.lists().bans(actor, listQuery(ctx)), ban -> BanResponse.of(ban, links)));
    }

    private void unban(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        groups.unban().execute(actor, new Unban.Command(ctx.pathParam("id"), ctx.pathParam("userId")));
        ctx.status(204);
    }

    private void log(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(PageResponse.of(groups.lists().log(actor, listQuery(ctx)),
                entry -> ModerationEntryResponse.of(entry, links)));
    }

    private void posts(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ListGroupPosts.Query query = new ListGroupPosts.Query(ctx.pathParam("id"), PageParameters.of(ctx));
        ctx.json(PageResponse.of(content.listGroupPosts().execute(actor, query), post -> PostResponse.of(post, links)));
    }

    private static ListGroupMembers.Query listQuery(Context ctx) {
        return new ListGroupMembers.Query(ctx.pathParam("id"), PageParameters.of(ctx));
    }

    /** {@code ?ban=}: absent is false; only {@code true} and {@code false} are words for it. */
    private static boolean ban(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw InvalidInput.field("ban", "must be true or false");
    }
}
