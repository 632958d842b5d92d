package dev.kith.domain.notification;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened that concerns {@code recipient}, done by {@code actor}, about a post, a comment or
 * a group when there is one. Only an {@code export_ready} notification has its recipient as its actor (it
 * asked for the export). {@code cause} names what caused it ({@code like:<post>:<liker>}): one notification per
 * recipient and cause, so an event delivered twice notifies once, and undoing the cause retracts it.
 */
public record Notification(NotificationId id, AccountId recipient, NotificationType type, AccountId actor,
                           Optional<PostId> post, Optional<CommentId> comment, Optional<GroupId> group, String cause,
                           Instant createdAt, boolean read) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(createdAt, "createdAt");
        if (recipient.equals(actor) && type != NotificationType.EXPORT_READY) {
            throw new IllegalArgumentException("nobody is notified of their own action");
        }
        if (cause.isBlank() || cause.length() > 200) {
            throw new IllegalArgumentException("a cause is 1 to 200 characters");
        }
    }
}
