package dev.kith.adapter.javalin.notification;

/**
 * How many of the caller's notifications are unread.
 *
 * @param count the number of unread notifications
 */
public record UnreadCountResponse(long count) {
}
