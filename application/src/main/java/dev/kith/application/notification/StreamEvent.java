package dev.kith.application.notification;

import dev.kith.application.content.port.PostView;
import dev.kith.application.notification.port.NotificationView;
import java.util.Objects;

/**
 * One event of an account's real-time stream, at its position: positions increase along a stream, and a
 * client that reconnects with the last one it saw gets every later event, in order.
 */
public sealed interface StreamEvent {

    /** Where the event stands in the stream: give it back as {@code since} on reconnecting. */
    long position();

    /** A new notification. */
    record NotificationEvent(long position, NotificationView notification) implements StreamEvent {
        public NotificationEvent {
            Objects.requireNonNull(notification, "notification");
        }
    }

    /** A new post in the account's home timeline. */
    record PostEvent(long position, PostView post) implements StreamEvent {
        public PostEvent {
            Objects.requireNonNull(post, "post");
        }
    }

    /** The account's unread notification count, changed. */
    record UnreadEvent(long position, long count) implements StreamEvent {
    }
}
