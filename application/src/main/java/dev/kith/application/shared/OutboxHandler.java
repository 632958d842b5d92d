package dev.kith.application.shared;

import dev.kith.application.shared.port.OutboxMessage;

/**
 * Carries out the outbox messages of one topic. Delivery is at least once, so a handler must tolerate
 * seeing a message again. Throwing means "try again later".
 */
@FunctionalInterface
public interface OutboxHandler {

    /** Carries out one message; runs outside any transaction. */
    void handle(OutboxMessage message);
}
