package dev.kith.application.shared;

import dev.kith.domain.shared.DomainEvent;

/**
 * Reacts to the domain events a change records, on the change's thread and inside its transaction: a
 * projection updates its read model there (so it never lags the change), and work for later goes to the
 * outbox there (so it commits with the change). A listener that throws rolls the whole change back.
 */
@FunctionalInterface
public interface EventListener {

    /**
     * Handles one event; events it does not care about are ignored.
     *
     * @param event an event of any context
     */
    void on(DomainEvent event);
}
