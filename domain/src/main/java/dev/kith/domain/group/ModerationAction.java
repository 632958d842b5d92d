package dev.kith.domain.group;

/** What a moderation log entry records. */
public enum ModerationAction {
    /** A post in the group deleted by someone other than its author. */
    POST_DELETED,
    /** A comment on a post in the group deleted by someone other than its author or the post's author. */
    COMMENT_DELETED,
    /** A member removed. */
    MEMBER_REMOVED,
    /** A member (or a requester) removed and banned. */
    MEMBER_BANNED,
    /** A ban lifted. */
    MEMBER_UNBANNED,
    /** A member's role changed. */
    ROLE_CHANGED,
    /** A join request approved. */
    REQUEST_APPROVED,
    /** A join request rejected. */
    REQUEST_REJECTED,
    /** The group's name, description or visibility changed. */
    GROUP_EDITED
}
