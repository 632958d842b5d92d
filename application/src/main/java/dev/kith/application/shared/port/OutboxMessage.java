package dev.kith.application.shared.port;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Work a change causes outside the database (a mail, a push, a job), recorded with the change and
 * carried out afterwards. {@code attempts} counts deliveries started, this one included once claimed.
 */
public record OutboxMessage(OutboxMessageId id, String topic, Map<String, String> payload, Instant createdAt, int attempts) {
    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        payload = Map.copyOf(payload);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A message not yet attempted. */
    public static OutboxMessage of(OutboxMessageId id, String topic, Map<String, String> payload, Instant now) {
        return new OutboxMessage(id, topic, payload, now, 0);
    }
}
