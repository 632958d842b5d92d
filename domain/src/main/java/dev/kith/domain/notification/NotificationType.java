package dev.kith.domain.notification;

import java.util.Locale;

/** What a notification tells its recipient; the API spells each in lower case ({@code follow_request}). */
public enum NotificationType {
    /** Someone follows you. */
    FOLLOW,
    /** Someone asks to follow your private account. */
    FOLLOW_REQUEST,
    /** An account accepted your follow request. */
    FOLLOW_ACCEPTED,
    /** Someone liked your post. */
    LIKE,
    /** Someone commented on your post. */
    COMMENT,
    /** Someone replied to your comment. */
    REPLY,
    /** Someone mentioned you in a post or a comment. */
    MENTION,
    /** Someone asks to join a group you administer. */
    GROUP_JOIN_REQUEST,
    /** Someone invited you to a group. */
    GROUP_INVITE,
    /** An admin approved your request to join a group. */
    GROUP_REQUEST_APPROVED,
    /** Your role in a group changed. */
    GROUP_ROLE_CHANGED,
    /** Someone replied to your story. */
    STORY_REPLY,
    /** Your data export is ready to download. */
    EXPORT_READY;

    /** How the API spells it. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
