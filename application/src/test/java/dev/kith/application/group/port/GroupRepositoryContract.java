package dev.kith.application.group.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.domain.account.Account;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.ModerationAction;
import dev.kith.domain.group.ModerationEntry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GroupRepository} does: groups stored whole, found and locked by id, edited, and deleted
 * with their members, requests, bans and log.
 */
public abstract class GroupRepositoryContract extends GroupPortsContract {

    @Test
    void stores_a_group_whole_and_finds_and_locks_it_by_id() {
        Account owner = stored();
        Group group = new Group(new GroupId(uuid()), "Zoë's 🌍 club", "line one\nline two", GroupVisibility.PRIVATE, owner.id(), T0);

        transactor().run(() -> groups().add(group));

        assertThat(groups().find(group.id())).contains(group);
        assertThat(transactor().inTransaction(() -> groups().lock(group.id()))).contains(group);
        assertThat(groups().find(new GroupId(uuid()))).isEmpty();
        assertThat(transactor().inTransaction(() -> groups().lock(new GroupId(uuid())))).isEmpty();
    }

    @Test
    void stores_a_changed_name_description_and_visibility() {
        Account owner = stored();
        Group group = storedGroup(owner.id(), "Before", GroupVisibility.PUBLIC);
        Group edited = group.edited("After", "", GroupVisibility.PRIVATE);

        transactor().run(() -> groups().update(edited));

        assertThat(groups().find(group.id())).contains(edited);
    }

    @Test
    void deletes_a_group_with_its_members_requests_bans_and_log() {
        Account owner = stored();
        Account member = stored();
        Account asking = stored();
        Account banned = stored();
        Group group = storedGroup(owner.id(), "Gone soon", GroupVisibility.PRIVATE);
        Group other = storedGroup(owner.id(), "Stays", GroupVisibility.PRIVATE);
        member(group.id(), member.id(), GroupRole.MEMBER);
        request(group.id(), asking.id());
        ban(group.id(), banned.id(), owner.id());
        transactor().run(() -> moderationLog().record(new ModerationEntry(uuid(), group.id(), owner.id(),
                ModerationAction.MEMBER_BANNED, Optional.of(banned.id()), "", T0)));

        assertThat(transactor().inTransaction(() -> groups().delete(group.id()))).isTrue();

        assertThat(groups().find(group.id())).isEmpty();
        assertThat(memberships().find(group.id(), member.id())).isEmpty();
        assertThat(memberships().findRequest(group.id(), asking.id())).isEmpty();
        assertThat(memberships().isBanned(group.id(), banned.id())).isFalse();
        assertThat(groupQueries().log(group.id(), Optional.empty(), 10)).isEmpty();
        assertThat(memberships().countGroupsOf(member.id())).isZero();
        assertThat(memberships().countGroupsOf(asking.id())).isZero();
        assertThat(memberships().countGroupsOf(owner.id())).isEqualTo(1);
        assertThat(groups().find(other.id())).contains(other);
        assertThat(transactor().inTransaction(() -> groups().delete(group.id()))).isFalse();
    }
}
