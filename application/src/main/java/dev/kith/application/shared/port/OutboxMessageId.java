package dev.kith.application.shared.port;

import java.util.Objects;
import java.util.UUID;

/** Identifies one outbox message. */
public record OutboxMessageId(UUID value) {
    public OutboxMessageId {
        Objects.requireNonNull(value, "value");
    }
}
