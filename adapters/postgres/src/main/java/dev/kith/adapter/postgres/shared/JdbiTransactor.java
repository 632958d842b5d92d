package dev.kith.adapter.postgres.shared;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.shared.port.Transactor;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link Transactor} on a JDBI transaction at the pool's isolation level (READ COMMITTED). JDBI binds
 * the transaction's handle to the calling thread, so the repositories' own {@code withHandle} calls,
 * and nested units, run in it. A unit that PostgreSQL aborts as a deadlock victim or a serialization
 * failure is run again from the start (up to {@value #ATTEMPTS} times in all): two accounts following
 * each other at the same moment update the same counter rows in opposite orders, and one of them must
 * lose the race without the caller seeing an error. Thread-safe.
 */
public final class JdbiTransactor implements Transactor {

    static final int ATTEMPTS = 4;
    private static final Set<String> RETRYABLE = Set.of("40P01", "40001");

    private final Jdbi jdbi;
    private final ThreadLocal<Boolean> running = ThreadLocal.withInitial(() -> false);

    /** A transactor on the database of {@code jdbi}; give the repositories the same {@code Jdbi}. */
    public JdbiTransactor(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (running.get()) {
            // nested: join the outer unit, which alone may retry
            return once(work);
        }
        running.set(true);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return once(work);
                } catch (RuntimeException e) {
                    if (attempt >= ATTEMPTS || !retryable(e)) {
                        throw e;
                    }
                    pause(attempt);
                }
            }
        } finally {
            running.set(false);
        }
    }

    private <T> T once(Supplier<T> work) {
        try {
            // JDBI rolls back on any throwable and rethrows it unchanged, so domain exceptions reach the caller as thrown.
            return jdbi.inTransaction(handle -> work.get());
        } catch (JdbiException e) {
            // Repositories translate their own failures, so what is left is begin/commit/rollback failing.
            throw Sql.failure(e);
        }
    }

    private static boolean retryable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            // a short random wait so the two losers of a deadlock do not collide again in lockstep
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
