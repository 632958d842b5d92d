package dev.kith.adapter.postgres.shared;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.shared.port.Transactor;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link Transactor} on a JDBI transaction at the pool's isolation level (READ COMMITTED). JDBI binds
 * the transaction's handle to the calling thread, so the repositories' own {@code withHandle} calls,
 * and nested units, run in it. Thread-safe.
 */
public final class JdbiTransactor implements Transactor {

    private final Jdbi jdbi;

    /** A transactor on the database of {@code jdbi}; give the repositories the same {@code Jdbi}. */
    public JdbiTransactor(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        try {
            // JDBI rolls back on any throwable and rethrows it unchanged, so domain exceptions reach the caller as thrown.
            return jdbi.inTransaction(handle -> work.get());
        } catch (JdbiException e) {
            // Repositories translate their own failures, so what is left is begin/commit/rollback failing.
            throw Sql.failure(e);
        }
    }
}
