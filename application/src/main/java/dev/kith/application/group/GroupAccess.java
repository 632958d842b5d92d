package dev.kith.application.group;

import dev.kith.application.group.port.GroupRepository;
import dev.kith.application.group.port.MembershipRepository;
import dev.kith.application.group.port.ModerationLog;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupRules;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.Membership;
import dev.kith.domain.group.ModerationAction;
import dev.kith.domain.group.ModerationEntry;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that decides what a group lets an account see and do, for the group context and for the
 * contexts that show a group's posts (content, notifications): a public group's posts show to anyone
 * signed in, a private group's to its members only; posting needs membership; moderators and up delete
 * the posts and comments of those they outrank, and every such deletion is logged. Thread-safe.
 */
public final class GroupAccess {

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final ModerationLog log;
    private final IdGenerator ids;
    private final Clock clock;

    GroupAccess(GroupRepository groups, MembershipRepository memberships, ModerationLog log, IdGenerator ids, Clock clock) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.log = Objects.requireNonNull(log, "log");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code viewer} may see the posts in {@code group}: it exists, and is public or has it as a member. */
    public boolean seesPosts(AccountId viewer, GroupId group) {
        return groups.find(group).filter(found -> sees(viewer, found)).isPresent();
    }

    /**
     * The group, when {@code viewer} may see its posts and members.
     *
     * @throws GroupErrors.GroupNotFound when there is no such group
     * @throws GroupErrors.MembersOnly when it is private and the viewer is not a member
     */
    public Group requireSeesInside(AccountId viewer, GroupId group) {
        Group found = groups.find(group).orElseThrow(GroupErrors.GroupNotFound::new);
        if (!sees(viewer, found)) {
            throw new GroupErrors.MembersOnly();
        }
        return found;
    }

    /**
     * Checks that {@code account} may post in the group.
     *
     * @throws GroupErrors.GroupNotFound when there is no such group
     * @throws GroupErrors.NotAMember when it is not a member
     */
    public void requireMember(AccountId account, GroupId group) {
        groups.find(group).orElseThrow(GroupErrors.GroupNotFound::new);
        if (memberships.find(group, account).isEmpty()) {
            throw new GroupErrors.NotAMember();
        }
    }

    /** The account's role in the group, if it is a member. */
    public Optional<GroupRole> roleOf(AccountId account, GroupId group) {
        return memberships.find(group, account).map(Membership::role);
    }

    /** The group's members of this role or above, e.g. the admins to tell of a join request. */
    public List<AccountId> membersAtLeast(GroupId group, GroupRole role) {
        return memberships.withRoleAtLeast(group, role);
    }

    /** Whether {@code account} asks to join {@code group}. */
    public boolean asks(AccountId account, GroupId group) {
        return memberships.findRequest(group, account).isPresent();
    }

    /**
     * Lets {@code actor} delete, in {@code group}, a post or comment of {@code author} (someone else), and
     * logs it; call in the deletion's transaction.
     *
     * @param detail what was deleted (its id)
     * @throws GroupErrors.NotAllowed when the actor is not a moderator or up who outranks the author
     */
    public void moderate(AccountId actor, GroupId group, AccountId author, ModerationAction action, String detail) {
        GroupRules.requireMayModerate(roleOf(actor, group), roleOf(author, group));
        log.record(new ModerationEntry(ids.next(), group, actor, action, Optional.of(author), detail, clock.instant()));
    }

    private boolean sees(AccountId viewer, Group group) {
        return group.visibility() == GroupVisibility.PUBLIC || memberships.find(group.id(), viewer).isPresent();
    }
}
