package dev.kith.adapter.postgres.internal;

import dev.kith.application.graph.ViewerScope;
import dev.kith.domain.account.AccountId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The SQL of each visibility rule, written once; every statement that needs a rule splices it in from
 * here (the domain's {@code Audience} and {@code Relationship} are the same rules in Java). Not API.
 *
 * <ul>
 * <li><b>Accepted follows</b>: a follow counts (for timelines, counters, private content) only when
 *     accepted, not while it is a pending request.</li>
 * <li><b>Outside groups</b>: a post in a group is seen through the group (and the home timelines of its
 *     members), never on profiles.</li>
 * <li><b>Private groups to members</b>: a private group's posts show only to its members; a home timeline
 *     shows the posts of the viewer's own groups and of no other group (one probe of
 *     {@code group_members_pair} per group post).</li>
 * <li><b>Blocks either way</b>: a block in either direction hides the two accounts from each other. Two
 *     shapes of the one rule: probes of the blocks primary key per row, or the set of blocked accounts read
 *     once into a hash, whichever the statement's plan wants.</li>
 * </ul>
 */
public final class VisibilitySql {

    /** The stored state of an accepted follow ({@code follows.state}). */
    public static final String FOLLOWING = "'following'";

    /** The stored state of a follow request waiting for a private account's answer. */
    public static final String REQUESTED = "'requested'";

    /** The accounts blocked either way with {@code :viewer}, as a set. */
    public static final String BLOCKED_EITHER_WAY = "SELECT b.blocked_id FROM blocks b WHERE b.blocker_id = :viewer "
            + "UNION ALL SELECT b.blocker_id FROM blocks b WHERE b.blocked_id = :viewer";

    /** The rules the fragments here apply. */
    private static final Set<ViewerScope.Rule> APPLIED =
            EnumSet.of(ViewerScope.Rule.NOT_BLOCKED_EITHER_WAY, ViewerScope.Rule.OUTSIDE_GROUPS,
                    ViewerScope.Rule.PRIVATE_GROUPS_TO_MEMBERS);

    private VisibilitySql() {
    }

    /** The follow row (alias {@code follow}, or none) is accepted. */
    public static String accepted(String follow) {
        return column(follow, "state") + " = " + FOLLOWING;
    }

    /** The follow row (alias {@code follow}) is a pending request. */
    public static String pending(String follow) {
        return column(follow, "state") + " = " + REQUESTED;
    }

    /** The post (alias {@code post}) is in no group. */
    public static String outsideGroups(String post) {
        return column(post, "group_id") + " IS NULL";
    }

    /** {@code :viewer} is a member of the group in {@code group} (a column or parameter). */
    public static String memberOf(String group) {
        return "EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = " + group + " AND gm.account_id = :viewer)";
    }

    /**
     * The post (alias {@code post}) is outside groups or in a group {@code :viewer} is a member of: what a
     * home timeline shows (the posts of the viewer's groups, of no other group).
     */
    public static String outsideGroupsOrMember(String post) {
        return "(" + outsideGroups(post) + " OR " + memberOf(column(post, "group_id")) + ")";
    }

    /**
     * The post (alias {@code post}) is outside groups, in a public group, or in a private group
     * {@code :viewer} is a member of.
     */
    public static String privateGroupsToMembers(String post) {
        return "(" + outsideGroups(post) + " OR " + groupOpen(column(post, "group_id")) + ")";
    }

    /**
     * {@code :viewer} may see the posts of the group in {@code group} (a column or parameter): it is public,
     * or the viewer is a member.
     */
    public static String groupOpen(String group) {
        return "(EXISTS (SELECT 1 FROM groups vg WHERE vg.id = " + group + " AND vg.visibility = 'public') OR "
                + memberOf(group) + ")";
    }

    /** {@code follower} follows {@code followee}, accepted (columns or parameters). */
    public static String follows(String follower, String followee) {
        return "EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = " + follower + " AND f.followee_id = " + followee
                + " AND " + accepted("f") + ")";
    }

    /** {@code follower} asked to follow {@code followee} and waits for the answer. */
    public static String asked(String follower, String followee) {
        return "EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = " + follower + " AND f.followee_id = " + followee
                + " AND " + pending("f") + ")";
    }

    /** {@code blocker} blocks {@code blocked} (columns or parameters). */
    public static String blocks(String blocker, String blocked) {
        return "EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = " + blocker + " AND b.blocked_id = " + blocked + ")";
    }

    /** No block stands between {@code :viewer} and the account in {@code column}: two probes of the blocks key. */
    public static String notBlockedEitherWay(String column) {
        return "NOT " + blocks(column, ":viewer") + " AND NOT " + blocks(":viewer", column);
    }

    /**
     * The viewer of a list's scope, once the scope is known to ask only for rules these fragments apply
     * (every statement applies all of them).
     *
     * @throws NullPointerException when a list is asked for without a scope
     * @throws IllegalStateException when the scope has a rule no fragment here applies
     */
    public static AccountId viewerOf(ViewerScope scope) {
        Objects.requireNonNull(scope, "a list needs the viewer scope the visibility policy makes");
        return scope.requireOnly(APPLIED).viewer();
    }

    private static String column(String alias, String name) {
        return alias == null || alias.isEmpty() ? name : alias + "." + name;
    }
}
