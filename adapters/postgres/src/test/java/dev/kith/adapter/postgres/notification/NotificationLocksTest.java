package dev.kith.adapter.postgres.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.shared.JdbiTransactor;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A notification's write and the retraction that could undo it lock the same keys: the second waits for the
 * first's commit, so a retraction never slips between a notification's re-check and its insert.
 */
class NotificationLocksTest {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    @Test
    void a_second_transaction_locking_a_key_waits_for_the_first_to_commit() throws Exception {
        PostgresNotificationRepository notifications = new PostgresNotificationRepository(DB.jdbi());
        JdbiTransactor transactor = new JdbiTransactor(DB.jdbi());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> transactor.run(() -> {
                notifications.lock(List.of("cause:like:p:l", "between:a:b"));
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Long> second = pool.submit(() -> transactor.inTransaction(() -> {
                notifications.lock(List.of("cause:like:p:l"));
                return System.nanoTime();
            }));
            Thread.sleep(300);
            assertThat(second.isDone()).as("waits while the first holds the key").isFalse();
            long releasedAt = System.nanoTime();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).isGreaterThan(releasedAt);
            // other keys do not wait
            assertThat(transactor.inTransaction(() -> {
                notifications.lock(List.of("cause:something-else"));
                return true;
            })).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
