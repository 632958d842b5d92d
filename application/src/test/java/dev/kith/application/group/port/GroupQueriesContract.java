package dev.kith.application.group.port;

import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.graph.Scopes;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.Account;
import dev.kith.domain.group.Ban;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.JoinRequest;
import dev.kith.domain.group.Membership;
import dev.kith.domain.group.ModerationAction;
import dev.kith.domain.group.ModerationEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GroupQueries} does: a group with its member count and the viewer's role and request; a
 * prefix search by name ignoring case, private groups included, keyed by lower-cased name and id; the
 * viewer's groups in the order joined; members, requests and bans in keyset pages leaving out accounts
 * blocked either way with the viewer; the moderation log newest first.
 */
public abstract class GroupQueriesContract extends GroupPortsContract {

    @Test
    void a_group_shows_its_member_count_and_the_viewers_role_or_request() {
        Account owner = stored();
        Account member = stored();
        Account asking = stored();
        Account stranger = stored();
        Group group = storedGroup(owner.id(), "Readers", GroupVisibility.PRIVATE);
        member(group.id(), member.id(), GroupRole.MODERATOR);
        request(group.id(), asking.id());

        assertThat(groupQueries().group(group.id(), owner.id()))
                .contains(new GroupView(group, 2, Optional.of(GroupRole.OWNER), false));
        assertThat(groupQueries().group(group.id(), member.id()))
                .contains(new GroupView(group, 2, Optional.of(GroupRole.MODERATOR), false));
        assertThat(groupQueries().group(group.id(), asking.id()))
                .contains(new GroupView(group, 2, Optional.empty(), true));
        assertThat(groupQueries().group(group.id(), stranger.id()))
                .contains(new GroupView(group, 2, Optional.empty(), false));
        assertThat(groupQueries().group(new GroupId(uuid()), owner.id())).isEmpty();
    }

    @Test
    void search_finds_public_and_private_groups_by_name_prefix_ignoring_case_ordered_by_name_then_id() {
        String prefix = "zq" + Long.toString(uuid().getLeastSignificantBits() & 0xFFFFFF, 36);
        Account owner = stored();
        Account viewer = stored();
        Group b = storedGroup(owner.id(), prefix.toUpperCase(Locale.ROOT) + " Birds", GroupVisibility.PRIVATE);
        Group a = storedGroup(owner.id(), prefix + " apples", GroupVisibility.PUBLIC);
        storedGroup(owner.id(), "x" + prefix + " not a prefix", GroupVisibility.PUBLIC);
        member(b.id(), viewer.id(), GroupRole.MEMBER);

        List<Keyed<String, GroupView>> found = groupQueries().search(prefix, viewer.id(), Optional.empty(), 10);

        assertThat(found).extracting(row -> row.value().group()).containsExactly(a, b);
        assertThat(found.get(0).key()).isEqualTo(a.name().toLowerCase(Locale.ROOT) + GroupQueries.KEY_SEPARATOR + a.id());
        assertThat(found.get(1).value()).isEqualTo(new GroupView(b, 2, Optional.of(GroupRole.MEMBER), false));
        assertThat(groupQueries().search(prefix + " b", viewer.id(), Optional.empty(), 10))
                .extracting(row -> row.value().group()).containsExactly(b);
        assertThat(groupQueries().search(prefix + "%", viewer.id(), Optional.empty(), 10)).as("% is no wildcard").isEmpty();
    }

    @Test
    void search_pages_by_key_through_groups_of_the_same_name() {
        String prefix = "zk" + Long.toString(uuid().getLeastSignificantBits() & 0xFFFFFF, 36);
        Account owner = stored();
        List<Group> same = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            same.add(storedGroup(owner.id(), prefix + " Same", GroupVisibility.PUBLIC));
        }
        Group later = storedGroup(owner.id(), prefix + " same too", GroupVisibility.PRIVATE);
        List<GroupId> expected = new ArrayList<>(same.stream().map(Group::id).sorted(GroupQueriesContract::unsigned).toList());
        expected.add(later.id());

        List<GroupId> read = new ArrayList<>();
        Optional<String> after = Optional.empty();
        for (int page = 0; page < 4; page++) {
            List<Keyed<String, GroupView>> rows = groupQueries().search(prefix, owner.id(), after, 2);
            rows.forEach(row -> read.add(row.value().group().id()));
            if (rows.size() < 2) {
                break;
            }
            after = Optional.of(rows.get(rows.size() - 1).key());
        }

        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void the_viewers_groups_come_in_the_order_it_joined_them_in_keyset_pages() {
        Account owner = stored();
        Account viewer = stored();
        Group first = storedGroup(owner.id(), "First", GroupVisibility.PUBLIC);
        Group second = storedGroup(owner.id(), "Second", GroupVisibility.PRIVATE);
        Group third = storedGroup(owner.id(), "Third", GroupVisibility.PUBLIC);
        Group notMine = storedGroup(owner.id(), "Not mine", GroupVisibility.PUBLIC);
        Membership joinedThird = member(third.id(), viewer.id(), GroupRole.ADMIN);
        Membership joinedFirst = member(first.id(), viewer.id(), GroupRole.MEMBER);
        member(second.id(), viewer.id(), GroupRole.MEMBER);
        request(notMine.id(), viewer.id());

        List<Keyed<UUID, GroupView>> page = groupQueries().groupsOf(viewer.id(), Optional.empty(), 2);
        List<Keyed<UUID, GroupView>> next = groupQueries().groupsOf(viewer.id(), Optional.of(page.get(1).key()), 2);

        assertThat(page).extracting(row -> row.value().group()).containsExactly(third, first);
        assertThat(page).extracting(Keyed::key).containsExactly(joinedThird.id(), joinedFirst.id());
        assertThat(page.get(0).value()).isEqualTo(new GroupView(third, 2, Optional.of(GroupRole.ADMIN), false));
        assertThat(next).extracting(row -> row.value().group()).containsExactly(second);
    }

    @Test
    void a_member_shows_its_account_role_and_since() {
        Account owner = storedNamed("Olga");
        Account stranger = stored();
        Group group = storedGroup(owner.id(), "Named", GroupVisibility.PUBLIC);
        Membership membership = memberships().find(group.id(), owner.id()).orElseThrow();

        MemberView view = groupQueries().member(group.id(), owner.id()).orElseThrow();

        assertThat(view.user().id()).isEqualTo(owner.id());
        assertThat(view.user().username()).isEqualTo(owner.username().value());
        assertThat(view.user().displayName()).contains("Olga");
        assertThat(view.role()).isEqualTo(GroupRole.OWNER);
        assertThat(view.since()).isEqualTo(membership.since());
        assertThat(groupQueries().member(group.id(), stranger.id())).isEmpty();
    }

    @Test
    void members_come_in_the_order_they_joined_in_keyset_pages_leaving_out_accounts_blocked_either_way() {
        Account owner = stored();
        Account viewer = stored();
        Account blocker = stored();
        Account blocked = stored();
        Account last = stored();
        Group group = storedGroup(owner.id(), "Members", GroupVisibility.PUBLIC);
        Membership viewerJoined = member(group.id(), viewer.id(), GroupRole.MODERATOR);
        member(group.id(), blocker.id(), GroupRole.MEMBER);
        member(group.id(), blocked.id(), GroupRole.MEMBER);
        Membership lastJoined = member(group.id(), last.id(), GroupRole.MEMBER);
        member(storedGroup(owner.id(), "Elsewhere", GroupVisibility.PUBLIC).id(), stored().id(), GroupRole.MEMBER);
        block(blocker.id(), viewer.id());
        block(viewer.id(), blocked.id());

        List<Keyed<UUID, MemberView>> page = groupQueries().members(group.id(), Scopes.of(viewer.id()), Optional.empty(), 2);
        List<Keyed<UUID, MemberView>> next = groupQueries().members(group.id(), Scopes.of(viewer.id()),
                Optional.of(page.get(1).key()), 2);

        assertThat(page).extracting(row -> row.value().user().id()).containsExactly(owner.id(), viewer.id());
        assertThat(page.get(1).key()).isEqualTo(viewerJoined.id());
        assertThat(page.get(1).value().role()).isEqualTo(GroupRole.MODERATOR);
        assertThat(page.get(1).value().since()).isEqualTo(viewerJoined.since());
        assertThat(next).extracting(row -> row.value().user().id()).containsExactly(last.id());
        assertThat(next.get(0).key()).isEqualTo(lastJoined.id());
        assertThat(groupQueries().members(group.id(), Scopes.of(owner.id()), Optional.empty(), 10)).hasSize(5);
    }

    @Test
    void requests_come_oldest_first_in_keyset_pages_leaving_out_accounts_blocked_either_way() {
        Account owner = stored();
        Account first = stored();
        Account blocker = stored();
        Account blocked = stored();
        Account second = stored();
        Account third = stored();
        Group group = storedGroup(owner.id(), "Asked", GroupVisibility.PRIVATE);
        JoinRequest firstAsked = request(group.id(), first.id());
        request(group.id(), blocker.id());
        request(group.id(), blocked.id());
        JoinRequest secondAsked = request(group.id(), second.id());
        request(group.id(), third.id());
        request(storedGroup(owner.id(), "Elsewhere", GroupVisibility.PRIVATE).id(), stored().id());
        block(blocker.id(), owner.id());
        block(owner.id(), blocked.id());

        List<Keyed<UUID, AccountSince>> page = groupQueries().requests(group.id(), Scopes.of(owner.id()), Optional.empty(), 2);
        List<Keyed<UUID, AccountSince>> next = groupQueries().requests(group.id(), Scopes.of(owner.id()),
                Optional.of(page.get(1).key()), 2);

        assertThat(page).extracting(row -> row.value().user().id()).containsExactly(first.id(), second.id());
        assertThat(page).extracting(Keyed::key).containsExactly(firstAsked.id(), secondAsked.id());
        assertThat(page.get(0).value().since()).isEqualTo(firstAsked.at());
        assertThat(next).extracting(row -> row.value().user().id()).containsExactly(third.id());
    }

    @Test
    void bans_come_oldest_first_in_keyset_pages_leaving_out_accounts_blocked_either_way() {
        Account owner = stored();
        Account first = stored();
        Account blocked = stored();
        Account second = stored();
        Group group = storedGroup(owner.id(), "Banned", GroupVisibility.PUBLIC);
        Ban firstBan = ban(group.id(), first.id(), owner.id());
        ban(group.id(), blocked.id(), owner.id());
        Ban secondBan = ban(group.id(), second.id(), owner.id());
        block(owner.id(), blocked.id());

        List<Keyed<UUID, AccountSince>> page = groupQueries().bans(group.id(), Scopes.of(owner.id()), Optional.empty(), 1);
        List<Keyed<UUID, AccountSince>> next = groupQueries().bans(group.id(), Scopes.of(owner.id()),
                Optional.of(page.get(0).key()), 5);

        assertThat(page).extracting(row -> row.value().user().id()).containsExactly(first.id());
        assertThat(page.get(0).key()).isEqualTo(firstBan.id());
        assertThat(page.get(0).value().since()).isEqualTo(firstBan.at());
        assertThat(next).extracting(row -> row.value().user().id()).containsExactly(second.id());
        assertThat(next.get(0).key()).isEqualTo(secondBan.id());
    }

    @Test
    void the_log_comes_newest_first_in_keyset_pages_with_who_did_what_to_whom() {
        Account owner = storedNamed("Boss");
        Account subject = stored();
        Group group = storedGroup(owner.id(), "Logged", GroupVisibility.PUBLIC);
        Group other = storedGroup(owner.id(), "Other", GroupVisibility.PUBLIC);
        ModerationEntry edited = entry(group, owner, ModerationAction.GROUP_EDITED, Optional.empty(), "name");
        ModerationEntry banned = entry(group, owner, ModerationAction.MEMBER_BANNED, Optional.of(subject), "");
        ModerationEntry promoted = entry(group, owner, ModerationAction.ROLE_CHANGED, Optional.of(subject), "member -> moderator");
        entry(other, owner, ModerationAction.GROUP_EDITED, Optional.empty(), "elsewhere");

        List<ModerationEntryView> page = groupQueries().log(group.id(), Optional.empty(), 2);
        List<ModerationEntryView> next = groupQueries().log(group.id(), Optional.of(page.get(1).id()), 2);

        assertThat(page).extracting(ModerationEntryView::id).containsExactly(promoted.id(), banned.id());
        assertThat(next).extracting(ModerationEntryView::id).containsExactly(edited.id());
        ModerationEntryView newest = page.get(0);
        assertThat(newest.actor().orElseThrow().id()).isEqualTo(owner.id());
        assertThat(newest.actor().orElseThrow().displayName()).contains("Boss");
        assertThat(newest.subject().orElseThrow().id()).isEqualTo(subject.id());
        assertThat(newest.action()).isEqualTo(ModerationAction.ROLE_CHANGED);
        assertThat(newest.detail()).isEqualTo("member -> moderator");
        assertThat(newest.at()).isEqualTo(promoted.at());
        assertThat(next.get(0).subject()).isEmpty();
    }

    private ModerationEntry entry(Group group, Account actor, ModerationAction action, Optional<Account> subject, String detail) {
        ModerationEntry entry = new ModerationEntry(uuid(), group.id(), actor.id(), action, subject.map(Account::id), detail, next());
        transactor().run(() -> moderationLog().record(entry));
        return entry;
    }

    // uuids as stores order them (unsigned, byte by byte)
    private static int unsigned(GroupId one, GroupId other) {
        int high = Long.compareUnsigned(one.value().getMostSignificantBits(), other.value().getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(one.value().getLeastSignificantBits(), other.value().getLeastSignificantBits());
    }
}
