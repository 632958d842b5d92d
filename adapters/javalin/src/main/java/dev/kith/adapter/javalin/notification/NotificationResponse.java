package dev.kith.adapter.javalin.notification;

import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.notification.port.NotificationView;
import dev.kith.domain.notification.Notification;
import java.time.Instant;

/**
 * A notification as its recipient sees it; what it is not about is JSON null.
 *
 * @param type what happened, in lower case ({@code like}, {@code follow_request})
 * @param actor the account whose action caused it
 * @param postId the post it is about, or null
 * @param commentId the comment it is about, or null
 * @param groupId the group it is about (the group notifications), or null
 * @param storyId the story it is about, or null (no notification is about a story yet)
 */
public record NotificationResponse(String id, String type, AccountSummaryResponse actor, String postId,
                                   String commentId, String groupId, String storyId, Instant createdAt,
                                   boolean read) {

    static NotificationResponse of(NotificationView view, MediaLinks links) {
        Notification notification = view.notification();
        return new NotificationResponse(notification.id().toString(), notification.type().apiName(),
                AccountSummaryResponse.of(view.actor(), links), notification.post().map(Object::toString).orElse(null),
                notification.comment().map(Object::toString).orElse(null),
                notification.group().map(Object::toString).orElse(null), null, notification.createdAt(),
                notification.read());
    }
}
