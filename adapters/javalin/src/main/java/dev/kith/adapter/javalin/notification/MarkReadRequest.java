package dev.kith.adapter.javalin.notification;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.notification.MarkNotificationsRead;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/notifications/read}: exactly one of the two.
 *
 * @param upTo mark this notification and every older one read; empty when absent or null
 * @param ids mark these notifications read; empty when absent or null
 */
public record MarkReadRequest(Optional<String> upTo, List<String> ids) {

    static final Set<String> FIELDS = Set.of("upTo", "ids");

    static MarkReadRequest from(JsonFields body) {
        return new MarkReadRequest(body.optionalString("upTo"), body.stringList("ids"));
    }

    MarkNotificationsRead.Command toCommand() {
        return new MarkNotificationsRead.Command(upTo, ids);
    }
}
