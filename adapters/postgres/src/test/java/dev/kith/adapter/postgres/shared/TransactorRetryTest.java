package dev.kith.adapter.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A unit that PostgreSQL aborts as a deadlock victim is run again, and the caller sees it succeed. */
class TransactorRetryTest {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(4);

    @Test
    void a_deadlock_victim_is_run_again_and_both_units_commit() throws Exception {
        Jdbi jdbi = DB.jdbi();
        jdbi.useHandle(h -> h.execute("CREATE TABLE retry_probe (id int PRIMARY KEY, n int NOT NULL)"));
        jdbi.useHandle(h -> h.execute("INSERT INTO retry_probe VALUES (1, 0), (2, 0)"));
        JdbiTransactor transactor = new JdbiTransactor(jdbi);
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> units = pool.invokeAll(List.of(
                    crossing(transactor, jdbi, 1, 2, bothHoldOneRow, attempts),
                    crossing(transactor, jdbi, 2, 1, bothHoldOneRow, attempts)));
            for (Future<Void> unit : units) {
                unit.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(attempts.get()).as("one unit ran twice").isEqualTo(3);
        int total = jdbi.withHandle(h -> h.createQuery("SELECT sum(n)::int FROM retry_probe").mapTo(Integer.class).one());
        assertThat(total).isEqualTo(4);
    }

    /** Locks {@code first}, waits until the other unit holds {@code second}, then wants {@code second}. */
    private static Callable<Void> crossing(JdbiTransactor transactor, Jdbi jdbi, int first, int second,
                                           CyclicBarrier bothHoldOneRow, AtomicInteger attempts) {
        return () -> {
            transactor.run(() -> {
                int attempt = attempts.incrementAndGet();
                jdbi.useHandle(h -> h.execute("UPDATE retry_probe SET n = n + 1 WHERE id = ?", first));
                if (attempt <= 2) {
                    try {
                        bothHoldOneRow.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                jdbi.useHandle(h -> h.execute("UPDATE retry_probe SET n = n + 1 WHERE id = ?", second));
            });
            return null;
        };
    }
}
