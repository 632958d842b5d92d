package dev.kith.adapter.javalin.notification;

import dev.kith.adapter.javalin.content.PostResponse;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.notification.StreamEvent;

/** The JSON text frames of {@code /api/v1/stream} (openapi.json names them StreamNotificationEvent and so on). */
final class StreamMessages {

    private StreamMessages() {
    }

    /** A new notification; {@code id} is its stream position, to send back as {@code since}. */
    record NotificationMessage(String type, String id, NotificationResponse notification) {
    }

    /** A new post in the home timeline. */
    record PostMessage(String type, String id, PostResponse post) {
    }

    /** The unread notification count changed. */
    record UnreadMessage(String type, String id, long count) {
    }

    /** The client was away longer than the log keeps: refetch the lists, then reconnect without since. */
    record RefetchMessage(String type) {
    }

    /** The stream is open, and every event after since that the log held has come before this message. */
    record ReadyMessage(String type) {
    }

    static final RefetchMessage REFETCH = new RefetchMessage("refetch");
    static final ReadyMessage READY = new ReadyMessage("ready");

    /** The frame of one stream event, rendered as the REST endpoints render the same things. */
    static Object of(StreamEvent event, MediaLinks links) {
        String id = Long.toString(event.position());
        if (event instanceof StreamEvent.NotificationEvent notification) {
            return new NotificationMessage("notification", id, NotificationResponse.of(notification.notification(), links));
        }
        if (event instanceof StreamEvent.PostEvent post) {
            return new PostMessage("post", id, PostResponse.of(post.post(), links));
        }
        StreamEvent.UnreadEvent unread = (StreamEvent.UnreadEvent) event;
        return new UnreadMessage("unread", id, unread.count());
    }
}
