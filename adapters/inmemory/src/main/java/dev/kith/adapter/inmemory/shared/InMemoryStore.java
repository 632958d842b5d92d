package dev.kith.adapter.inmemory.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The state of an in-memory core: tables guarded by one lock, so transactions run one at a time and
 * see each other's work only when committed. Built for tests and demos, not for large data sets: each
 * transaction copies every table to be able to roll back.
 */
public final class InMemoryStore {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Table<?, ?>> tables = new CopyOnWriteArrayList<>();
    private final List<Consumer<Object>> erasures = new CopyOnWriteArrayList<>();

    /** A new table of this store. */
    public <K, V> Table<K, V> table() {
        Table<K, V> table = new Table<>();
        tables.add(table);
        return table;
    }

    /** Runs {@code work} holding the store's lock; re-entrant. */
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread is inside a transaction or another locked section. */
    boolean heldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    ReentrantLock lock() {
        return lock;
    }

    /** Copies every table, to restore after a failed transaction. */
    List<Runnable> snapshot() {
        List<Runnable> restores = new ArrayList<>();
        for (Table<?, ?> table : tables) {
            restores.add(table.snapshot());
        }
        return restores;
    }

    /**
     * Registers what erasing an owner (an account) removes elsewhere, the way foreign keys with
     * {@code ON DELETE CASCADE} do in a database.
     */
    public void onErase(Consumer<Object> cascade) {
        erasures.add(cascade);
    }

    /** Runs every cascade registered for erasing {@code owner}. */
    public void erase(Object owner) {
        erasures.forEach(cascade -> cascade.accept(owner));
    }
}
