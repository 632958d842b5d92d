package dev.kith.domain.group;

import dev.kith.domain.shared.Conflict;
import dev.kith.domain.shared.Forbidden;
import dev.kith.domain.shared.NotFound;

/** The failures of groups. */
public final class GroupErrors {

    private GroupErrors() {
    }

    /** No such group. */
    public static final class GroupNotFound extends NotFound {
        public GroupNotFound() {
            super("not_found", "No such group.");
        }
    }

    /**
     * No such member, request or ban in the group, or one the actor may not see (a private group's members
     * are seen by its members only).
     */
    public static final class NotInGroup extends NotFound {
        public NotInGroup(String what) {
            super("not_found", "No such " + what + " in this group.");
        }
    }

    /** The group is private and the actor is not a member: its members and posts are not shown (404). */
    public static final class MembersOnly extends NotFound {
        public MembersOnly() {
            super("not_found", "This group is private: only its members see its members and posts.");
        }
    }

    /** The actor must be a member of the group to do this (post in it). */
    public static final class NotAMember extends Forbidden {
        public NotAMember() {
            super("not_a_member", "Only members of the group can do this.");
        }
    }

    /** The actor's rank in the group does not allow this. */
    public static final class NotAllowed extends Forbidden {
        public NotAllowed(String what) {
            super("forbidden", "Your role in this group does not allow you to " + what + ".");
        }
    }

    /** The actor is banned from the group: it cannot join or ask to join until an admin lifts the ban. */
    public static final class Banned extends Forbidden {
        public Banned() {
            super("banned", "You are banned from this group.");
        }
    }

    /** The group would be left without an owner. */
    public static final class LastOwner extends Conflict {
        public LastOwner() {
            super("last_owner", "The group's last owner cannot leave, be removed or step down; make another member owner first.");
        }
    }

    /** The account is in (or asking to join) as many groups as an account may be. */
    public static final class TooManyGroups extends Conflict {
        public TooManyGroups(int max) {
            super("too_many_groups", "An account can be in at most " + max + " groups (joined or requested); leave one first.");
        }
    }
}
