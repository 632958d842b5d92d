package dev.kith.application.group;

import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.group.port.AccountSince;
import dev.kith.application.group.port.GroupQueries;
import dev.kith.application.group.port.MemberView;
import dev.kith.application.group.port.ModerationEntryView;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRules;
import java.util.Objects;

/**
 * The lists inside a group: its members (for anyone who may see inside), and for its admins and owners its
 * join requests, bans and moderation log. Accounts blocked either way with the actor are left out.
 */
public final class ListGroupMembers {

    private final GroupAccess access;
    private final GroupMembers members;
    private final GroupQueries queries;
    private final VisibilityPolicy visibility;

    ListGroupMembers(GroupAccess access, GroupMembers members, GroupQueries queries, VisibilityPolicy visibility) {
        this.access = access;
        this.members = members;
        this.queries = queries;
        this.visibility = visibility;
    }

    /**
     * The members, in the order they joined, with their roles.
     *
     * @throws dev.kith.domain.group.GroupErrors.GroupNotFound when there is no such group
     * @throws dev.kith.domain.group.GroupErrors.MembersOnly when it is private and the actor is not a member
     */
    public Page<MemberView> members(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        GroupId id = GroupIds.route(query.groupId());
        access.requireSeesInside(me, id);
        PageRequest.InList page = query.page().in("group_members", id);
        return page.page(queries.members(id, visibility.scope(me), page.afterId(), page.fetchSize()));
    }

    /**
     * The pending join requests, oldest first.
     *
     * @throws dev.kith.domain.group.GroupErrors.NotAllowed unless the actor is an admin or owner
     */
    public Page<AccountSince> requests(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        GroupId id = existing(query);
        GroupRules.requireMayAnswerRequests(members.roleOf(id, me));
        PageRequest.InList page = query.page().in("group_requests", id);
        return page.page(queries.requests(id, visibility.scope(me), page.afterId(), page.fetchSize()));
    }

    /**
     * The banned accounts, oldest ban first.
     *
     * @throws dev.kith.domain.group.GroupErrors.NotAllowed unless the actor is an admin or owner
     */
    public Page<AccountSince> bans(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        GroupId id = existing(query);
        GroupRules.requireMayManageBans(members.roleOf(id, me));
        PageRequest.InList page = query.page().in("group_bans", id);
        return page.page(queries.bans(id, visibility.scope(me), page.afterId(), page.fetchSize()));
    }

    /**
     * The moderation log, newest first: who did what to whom, and when.
     *
     * @throws dev.kith.domain.group.GroupErrors.NotAllowed unless the actor is an admin or owner
     */
    public Page<ModerationEntryView> log(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        GroupId id = existing(query);
        GroupRules.requireMayReadLog(members.roleOf(id, me));
        PageRequest.InList page = query.page().in("group_log", id);
        return page.pageOf(queries.log(id, page.afterId(), page.fetchSize()), ModerationEntryView::id);
    }

    private GroupId existing(Query query) {
        GroupId id = GroupIds.route(query.groupId());
        members.groups.find(id).orElseThrow(GroupErrors.GroupNotFound::new);
        return id;
    }

    /** Which group, which page. */
    public record Query(String groupId, PageRequest page) {
        public Query {
            Objects.requireNonNull(page, "page");
        }
    }
}
