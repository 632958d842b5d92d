package dev.kith.application.group.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;

import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Ban;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.JoinRequest;
import dev.kith.domain.group.Membership;
import java.time.Instant;
import java.util.Optional;

/**
 * What the group contract suites share, beside the social ports: the group ports under test and stored
 * fixtures. An adapter's test says which ports it tests ({@link #ports()}, {@link #groupPorts()}); both on the
 * same store or database.
 */
public abstract class GroupPortsContract extends SocialPortsContract {

    private long tick;

    /** The group ports under test, on the same store or database as {@link #ports()}. */
    protected abstract GroupPorts groupPorts();

    @Override
    protected Optional<GroupPorts> groupPortsIfAny() {
        return Optional.of(groupPorts());
    }

    protected GroupRepository groups() {
        return groupPorts().groups();
    }

    protected MembershipRepository memberships() {
        return groupPorts().memberships();
    }

    protected ModerationLog moderationLog() {
        return groupPorts().log();
    }

    protected GroupQueries groupQueries() {
        return groupPorts().queries();
    }

    /** A later instant on every call (whole microseconds, as storage keeps them). */
    protected Instant next() {
        return T0.plusSeconds(++tick);
    }

    /** A group of {@code owner}'s, not stored. */
    protected static Group group(AccountId owner, String name, GroupVisibility visibility) {
        return new Group(new GroupId(uuid()), name, "about " + name, visibility, owner, T0);
    }

    /** A group of {@code owner}'s with that name and visibility, stored with its owner as its first member. */
    protected Group storedGroup(AccountId owner, String name, GroupVisibility visibility) {
        Group group = group(owner, name, visibility);
        transactor().run(() -> {
            groups().add(group);
            memberships().add(new Membership(uuid(), group.id(), owner, GroupRole.OWNER, next()));
        });
        return group;
    }

    /** Adds a member with that role (the membership's id is time-ordered); the membership. */
    protected Membership member(GroupId group, AccountId account, GroupRole role) {
        Membership membership = new Membership(uuid(), group, account, role, next());
        transactor().run(() -> memberships().add(membership));
        return membership;
    }

    /** Stores a join request; the request. */
    protected JoinRequest request(GroupId group, AccountId account) {
        JoinRequest request = new JoinRequest(uuid(), group, account, next());
        transactor().run(() -> memberships().addRequest(request));
        return request;
    }

    /** Bans an account; the ban. */
    protected Ban ban(GroupId group, AccountId account, AccountId by) {
        Ban ban = new Ban(uuid(), group, account, by, next());
        transactor().run(() -> memberships().addBan(ban));
        return ban;
    }

    /** {@code blocker} blocks {@code blocked}. */
    protected void block(AccountId blocker, AccountId blocked) {
        transactor().run(() -> blocks().add(blocker, blocked, T0));
    }

    /** The group's member count as the queries read it. */
    protected long membersCount(GroupId group, AccountId viewer) {
        return groupQueries().group(group, viewer).orElseThrow().membersCount();
    }
}
