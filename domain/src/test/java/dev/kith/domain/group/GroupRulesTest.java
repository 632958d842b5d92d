package dev.kith.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ranks' rules as tables: each row is an actor's rank (or none), each column a target's, and a cell
 * says whether the action is allowed ({@code y}) or not ({@code -}).
 */
class GroupRulesTest {

    private static final List<Optional<GroupRole>> ACTORS = List.of(Optional.of(GroupRole.OWNER), Optional.of(GroupRole.ADMIN),
            Optional.of(GroupRole.MODERATOR), Optional.of(GroupRole.MEMBER), Optional.empty());

    @Test
    void group_wide_actions_by_rank() {
        //                        owner admin moderator member none
        expect("edit",           "y     y     -         -      -", GroupRules::requireMayEdit);
        expect("delete",         "y     -     -         -      -", GroupRules::requireMayDelete);
        expect("answer requests","y     y     -         -      -", GroupRules::requireMayAnswerRequests);
        expect("manage bans",    "y     y     -         -      -", GroupRules::requireMayManageBans);
        expect("read the log",   "y     y     -         -      -", GroupRules::requireMayReadLog);
    }

    @Test
    void removing_someone_needs_a_higher_rank_than_theirs() {
        // rows: actor owner, admin, moderator, member, none; columns: target owner, admin, moderator, member, none
        String table = """
                - y y y y
                - - y y y
                - - - y y
                - - - - -
                - - - - -
                """;
        check(table, (actor, target) -> GroupRules.requireMayRemove(actor, target));
    }

    @Test
    void deleting_content_needs_a_higher_rank_than_its_author() {
        String table = """
                - y y y y
                - - y y y
                - - - y y
                - - - - -
                - - - - -
                """;
        check(table, (actor, author) -> GroupRules.requireMayModerate(actor, author));
    }

    @Test
    void owners_make_admins_and_owners_admins_make_moderators_and_members() {
        // actor rank -> target's current role -> wanted role
        assertAllowed(GroupRole.OWNER, GroupRole.MEMBER, GroupRole.OWNER);
        assertAllowed(GroupRole.OWNER, GroupRole.ADMIN, GroupRole.MEMBER);
        assertAllowed(GroupRole.OWNER, GroupRole.MODERATOR, GroupRole.ADMIN);
        assertAllowed(GroupRole.ADMIN, GroupRole.MEMBER, GroupRole.MODERATOR);
        assertAllowed(GroupRole.ADMIN, GroupRole.MODERATOR, GroupRole.MEMBER);

        assertRefused(GroupRole.OWNER, GroupRole.OWNER, GroupRole.MEMBER);       // not on an equal
        assertRefused(GroupRole.ADMIN, GroupRole.MEMBER, GroupRole.ADMIN);       // admins are the owners' to make
        assertRefused(GroupRole.ADMIN, GroupRole.ADMIN, GroupRole.MEMBER);       // not on an equal
        assertRefused(GroupRole.ADMIN, GroupRole.MEMBER, GroupRole.OWNER);
        assertRefused(GroupRole.MODERATOR, GroupRole.MEMBER, GroupRole.MODERATOR);
        assertRefused(GroupRole.MEMBER, GroupRole.MEMBER, GroupRole.MODERATOR);
        assertThatThrownBy(() -> GroupRules.requireMayChangeRole(Optional.empty(), false, GroupRole.MEMBER, GroupRole.MODERATOR))
                .isInstanceOf(GroupErrors.NotAllowed.class);
    }

    @Test
    void anyone_may_step_down_but_nobody_raises_themselves() {
        GroupRules.requireMayChangeRole(Optional.of(GroupRole.OWNER), true, GroupRole.OWNER, GroupRole.ADMIN);
        GroupRules.requireMayChangeRole(Optional.of(GroupRole.MODERATOR), true, GroupRole.MODERATOR, GroupRole.MEMBER);
        assertThatThrownBy(() -> GroupRules.requireMayChangeRole(Optional.of(GroupRole.ADMIN), true, GroupRole.ADMIN, GroupRole.OWNER))
                .isInstanceOf(GroupErrors.NotAllowed.class);
        assertThatThrownBy(() -> GroupRules.requireMayChangeRole(Optional.of(GroupRole.MEMBER), true, GroupRole.MEMBER, GroupRole.MEMBER))
                .isInstanceOf(GroupErrors.NotAllowed.class);
    }

    @Test
    void ranks_are_ordered() {
        assertThat(GroupRole.OWNER.outranks(GroupRole.ADMIN)).isTrue();
        assertThat(GroupRole.ADMIN.outranks(GroupRole.ADMIN)).isFalse();
        assertThat(GroupRole.MODERATOR.atLeast(GroupRole.MODERATOR)).isTrue();
        assertThat(GroupRole.MEMBER.atLeast(GroupRole.MODERATOR)).isFalse();
    }

    @Test
    void names_and_descriptions_are_plain_text_within_their_limits() {
        assertThat(Group.validName("  Hikers  ", 10)).isEqualTo("Hikers");
        assertThat(Group.validName("🌍".repeat(10), 10)).hasSize(20);
        assertThatThrownBy(() -> Group.validName("🌍".repeat(11), 10)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Group.validName("   ", 10)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Group.validName(null, 10)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Group.validName("two\nlines", 20)).isInstanceOf(InvalidInput.class);
        assertThat(Group.validDescription(null, 10)).isEmpty();
        assertThat(Group.validDescription("a\nb", 10)).isEqualTo("a\nb");
        assertThatThrownBy(() -> Group.validDescription("x".repeat(11), 10)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Group.validDescription("nul\u0000", 10)).isInstanceOf(InvalidInput.class);
    }

    private static void assertAllowed(GroupRole actor, GroupRole current, GroupRole wanted) {
        GroupRules.requireMayChangeRole(Optional.of(actor), false, current, wanted);
    }

    private static void assertRefused(GroupRole actor, GroupRole current, GroupRole wanted) {
        assertThatThrownBy(() -> GroupRules.requireMayChangeRole(Optional.of(actor), false, current, wanted))
                .as("%s setting a %s to %s", actor, current, wanted)
                .isInstanceOf(GroupErrors.NotAllowed.class);
    }

    private interface Rule {
        void require(Optional<GroupRole> actor);
    }

    private interface PairRule {
        void require(Optional<GroupRole> actor, Optional<GroupRole> target);
    }

    private static void expect(String action, String row, Rule rule) {
        String[] cells = row.strip().split("\\s+");
        for (int i = 0; i < ACTORS.size(); i++) {
            Optional<GroupRole> actor = ACTORS.get(i);
            assertThat(allowed(() -> rule.require(actor))).as("%s may %s", actor, action).isEqualTo(cells[i].equals("y"));
        }
    }

    private static void check(String table, PairRule rule) {
        List<String> rows = new ArrayList<>(List.of(table.strip().split("\n")));
        for (int a = 0; a < ACTORS.size(); a++) {
            String[] cells = rows.get(a).strip().split("\\s+");
            for (int t = 0; t < ACTORS.size(); t++) {
                Optional<GroupRole> actor = ACTORS.get(a);
                Optional<GroupRole> target = ACTORS.get(t);
                assertThat(allowed(() -> rule.require(actor, target)))
                        .as("%s on %s", actor, target).isEqualTo(cells[t].equals("y"));
            }
        }
    }

    private static boolean allowed(Runnable check) {
        try {
            check.run();
            return true;
        } catch (GroupErrors.NotAllowed refused) {
            return false;
        }
    }
}
