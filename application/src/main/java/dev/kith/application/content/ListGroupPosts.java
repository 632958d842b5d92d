package dev.kith.application.content;

import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.group.GroupAccess;
import dev.kith.application.group.GroupIds;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.Objects;
import java.util.Optional;

/** Lists a group's timeline. */
public final class ListGroupPosts {

    private final GroupAccess groups;
    private final VisibilityPolicy visibility;
    private final ContentQueries queries;

    ListGroupPosts(GroupAccess groups, VisibilityPolicy visibility, ContentQueries queries) {
        this.groups = groups;
        this.visibility = visibility;
        this.queries = queries;
    }

    /**
     * One page of the posts in the group, newest first; posts of accounts blocked either way with the actor
     * are left out.
     *
     * @throws dev.kith.domain.group.GroupErrors.GroupNotFound when there is no such group
     * @throws dev.kith.domain.group.GroupErrors.MembersOnly when the group is private and the actor not a member
     */
    public Page<PostView> execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        GroupId group = GroupIds.route(query.groupId());
        groups.requireSeesInside(me, group);
        PageRequest.InList page = query.page().in("group_posts", group);
        Optional<PostId> before = page.afterId().map(PostId::new);
        return page.pageOf(queries.groupPosts(group, visibility.scope(me), before, page.fetchSize()), post -> post.id().value());
    }

    /** Which group, which page. */
    public record Query(String groupId, PageRequest page) {
        public Query {
            Objects.requireNonNull(page, "page");
        }
    }
}
