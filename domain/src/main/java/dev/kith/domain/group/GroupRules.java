package dev.kith.domain.group;

import java.util.Optional;

/**
 * Who may do what in a group, by rank ({@link GroupRole}); a non-member has no rank. Nobody acts on
 * someone of equal or higher rank: owners manage admins, admins manage moderators and members, moderators
 * remove (and ban) members and delete their posts and comments. Anyone may step down to a lower role,
 * except the last owner (the use cases know how many owners there are). Each method returns normally when
 * allowed and throws {@link GroupErrors.NotAllowed} otherwise.
 */
public final class GroupRules {

    private GroupRules() {
    }

    /** Edit name, description and visibility: admins and up. */
    public static void requireMayEdit(Optional<GroupRole> actor) {
        require(actor, GroupRole.ADMIN, "edit the group");
    }

    /** Delete the group with its posts: owners only. */
    public static void requireMayDelete(Optional<GroupRole> actor) {
        require(actor, GroupRole.OWNER, "delete the group");
    }

    /** List, approve and reject join requests: admins and up. */
    public static void requireMayAnswerRequests(Optional<GroupRole> actor) {
        require(actor, GroupRole.ADMIN, "answer join requests");
    }

    /** List bans and lift them: admins and up. */
    public static void requireMayManageBans(Optional<GroupRole> actor) {
        require(actor, GroupRole.ADMIN, "manage bans");
    }

    /** Read the moderation log: admins and up. */
    public static void requireMayReadLog(Optional<GroupRole> actor) {
        require(actor, GroupRole.ADMIN, "read the moderation log");
    }

    /**
     * Remove (or ban) a member of rank {@code target}: moderators and up, on lower ranks only. A requester or
     * an outsider (no rank) may be banned by moderators and up.
     */
    public static void requireMayRemove(Optional<GroupRole> actor, Optional<GroupRole> target) {
        require(actor, GroupRole.MODERATOR, "remove members");
        if (target.isPresent() && !actor.orElseThrow().outranks(target.get())) {
            throw new GroupErrors.NotAllowed("remove someone of your rank or above");
        }
    }

    /**
     * Delete a post or comment, in the group, written by someone of rank {@code author} (none: no longer a
     * member): moderators and up, when they outrank the author.
     */
    public static void requireMayModerate(Optional<GroupRole> actor, Optional<GroupRole> author) {
        require(actor, GroupRole.MODERATOR, "delete others' posts and comments");
        if (author.isPresent() && !actor.orElseThrow().outranks(author.get())) {
            throw new GroupErrors.NotAllowed("delete posts or comments of someone of your rank or above");
        }
    }

    /**
     * Change the role of a member from {@code current} to {@code wanted}. On oneself: stepping down only.
     * On others: the actor must outrank the member's current role; making or unmaking admins and owners
     * (handing ownership over) is the owners', moderators and members are the admins' and up.
     */
    public static void requireMayChangeRole(Optional<GroupRole> actor, boolean self, GroupRole current, GroupRole wanted) {
        if (self) {
            if (actor.isEmpty() || wanted.atLeast(current)) {
                throw new GroupErrors.NotAllowed("raise your own role");
            }
            return;
        }
        require(actor, GroupRole.ADMIN, "change roles");
        GroupRole rank = actor.orElseThrow();
        if (!rank.outranks(current)) {
            throw new GroupErrors.NotAllowed("change the role of someone of your rank or above");
        }
        if (wanted.atLeast(GroupRole.ADMIN) && rank != GroupRole.OWNER) {
            throw new GroupErrors.NotAllowed("make admins or owners");
        }
    }

    private static void require(Optional<GroupRole> actor, GroupRole least, String what) {
        if (actor.isEmpty() || !actor.get().atLeast(least)) {
            throw new GroupErrors.NotAllowed(what);
        }
    }
}
