package dev.kith.application.group;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.SharedPorts;
import java.time.Clock;
import java.util.Map;

/**
 * The use cases of groups: membership, roles, join requests, bans and the moderation log, wired to their
 * ports; and {@link GroupAccess}, through which the content and notification contexts ask what a group
 * lets an account see and do. A group's posts are the content context's. Thread-safe.
 */
public final class Groups implements ContextFacade {

    private final GroupAccess access;
    private final CreateGroup create;
    private final GetGroup get;
    private final EditGroup edit;
    private final DeleteGroup delete;
    private final ListGroups list;
    private final JoinGroup join;
    private final LeaveGroup leave;
    private final ListGroupMembers lists;
    private final AnswerJoinRequest answer;
    private final ChangeMemberRole changeRole;
    private final RemoveMember remove;
    private final Unban unban;

    /**
     * Wires the group use cases to their ports; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param accounts the account context's accounts (an account must exist to be banned)
     * @param visibility the graph context's policy: lists leave out accounts blocked either way
     * @param events where the use cases record group events
     */
    public Groups(SharedPorts shared, GroupPorts ports, GroupSettings settings, AccountRepository accounts,
                  VisibilityPolicy visibility, DomainEvents events, Clock clock) {
        var transactor = shared.transactor();
        var queries = ports.queries();
        GroupMembers members = new GroupMembers(ports.groups(), ports.memberships(), ports.log(), shared.ids(), settings);
        this.access = new GroupAccess(ports.groups(), ports.memberships(), ports.log(), shared.ids(), clock);
        this.create = new CreateGroup(transactor, members, queries, events, clock);
        this.get = new GetGroup(queries);
        this.edit = new EditGroup(transactor, members, queries, events, clock);
        this.delete = new DeleteGroup(transactor, members, events, clock);
        this.list = new ListGroups(queries);
        this.join = new JoinGroup(transactor, members, events, clock);
        this.leave = new LeaveGroup(transactor, members, events, clock);
        this.lists = new ListGroupMembers(access, members, queries, visibility);
        this.answer = new AnswerJoinRequest(transactor, members, events, clock);
        this.changeRole = new ChangeMemberRole(transactor, members, queries, events, clock);
        this.remove = new RemoveMember(transactor, members, accounts, events, clock);
        this.unban = new Unban(transactor, members, clock);
        events.subscribe(new AccountGroupsErasure(members, events));
    }

    /** None. */
    @Override
    public Map<String, OutboxHandler> outboxHandlers() {
        return Map.of();
    }

    /** What a group lets an account see and do, for the other contexts. */
    public GroupAccess access() {
        return access;
    }

    public CreateGroup create() {
        return create;
    }

    public GetGroup get() {
        return get;
    }

    public EditGroup edit() {
        return edit;
    }

    public DeleteGroup delete() {
        return delete;
    }

    /** Search, and the actor's own groups. */
    public ListGroups list() {
        return list;
    }

    public JoinGroup join() {
        return join;
    }

    public LeaveGroup leave() {
        return leave;
    }

    /** Members, join requests, bans and the moderation log. */
    public ListGroupMembers lists() {
        return lists;
    }

    public AnswerJoinRequest answer() {
        return answer;
    }

    public ChangeMemberRole changeRole() {
        return changeRole;
    }

    public RemoveMember remove() {
        return remove;
    }

    public Unban unban() {
        return unban;
    }
}
