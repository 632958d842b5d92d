package dev.kith.domain.shared;

import java.time.Instant;

/**
 * Something that happened in a context, recorded by the use case that made it happen, in that change's
 * transaction. Each context seals its own event interface (e.g. {@code GraphEvent}, {@code ContentEvent});
 * events hold ids and primitives only, and the instant from the use case's clock.
 */
public interface DomainEvent {

    /** When it happened. */
    Instant at();
}
