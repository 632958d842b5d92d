package dev.kith.application.shared.port;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: everything it writes through the repositories and the outbox commits
 * together, or nothing does. Each command use case makes exactly one call.
 *
 * <p>Calls nest: work started inside a running unit joins it. Implementations bind the unit to the
 * calling thread, so work must not hop threads. Thread-safe.
 */
public interface Transactor {

    /**
     * Runs {@code work} in a transaction and returns its result.
     *
     * @param work the unit of work; it may throw, which rolls everything back and rethrows
     * @return what {@code work} returned
     */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a transaction; see {@link #inTransaction(Supplier)}. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
