package dev.kith.domain.group;

/**
 * A member's rank in a group, lowest first: {@code member} < {@code moderator} < {@code admin} <
 * {@code owner}. What each rank may do is {@link GroupRules}'.
 */
public enum GroupRole {
    /** Reads and posts. */
    MEMBER,
    /** Also deletes posts and comments in the group and removes (or bans) members. */
    MODERATOR,
    /** Also edits the group, answers join requests, manages moderators and members, lifts bans, reads the log. */
    ADMIN,
    /** Also manages admins, hands ownership over and deletes the group. */
    OWNER;

    /** Whether this rank is strictly above {@code other}. */
    public boolean outranks(GroupRole other) {
        return compareTo(other) > 0;
    }

    /** Whether this rank is {@code other} or above. */
    public boolean atLeast(GroupRole other) {
        return compareTo(other) >= 0;
    }
}
