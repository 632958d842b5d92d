package dev.kith.adapter.inmemory.shared;

import dev.kith.application.shared.port.Transactor;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs units of work one at a time under the store's lock, restoring every table when one fails.
 * Nested units join the outer one.
 */
public final class InMemoryTransactor implements Transactor {

    private final InMemoryStore store;

    public InMemoryTransactor(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (store.heldByCurrentThread()) {
            return work.get();
        }
        store.lock().lock();
        try {
            List<Runnable> snapshot = store.snapshot();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                snapshot.forEach(Runnable::run);
                throw e;
            }
        } finally {
            store.lock().unlock();
        }
    }
}
