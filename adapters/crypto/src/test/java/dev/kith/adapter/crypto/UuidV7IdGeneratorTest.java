package dev.kith.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.IdGeneratorContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class UuidV7IdGeneratorTest extends IdGeneratorContract {

    private static final Instant T0 = Instant.parse("2026-11-23T18:00:00.123Z");

    private final UuidV7IdGenerator ids = new UuidV7IdGenerator(Clock.systemUTC());

    @Override
    protected IdGenerator ids() {
        return ids;
    }

    @Test
    void carries_the_clock_time_in_milliseconds() {
        UUID id = new UuidV7IdGenerator(Clock.fixed(T0, ZoneOffset.UTC)).next();

        assertThat(millis(id)).isEqualTo(T0.toEpochMilli());
        assertThat(id.toString()).startsWith(String.format("%08x-%04x-7",
                T0.toEpochMilli() >>> 16, T0.toEpochMilli() & 0xFFFF));
    }

    @Test
    void keeps_order_when_many_ids_share_a_millisecond_by_running_ahead_of_the_clock() {
        UuidV7IdGenerator stopped = new UuidV7IdGenerator(Clock.fixed(T0, ZoneOffset.UTC));

        List<String> made = strings(stopped, 20_000);

        assertThat(made).doesNotHaveDuplicates().isSorted();
        assertThat(millis(UUID.fromString(made.get(0)))).isEqualTo(T0.toEpochMilli());
        // At least 2048 ids fit in each millisecond, so 20,000 need at most ten of them.
        assertThat(millis(UUID.fromString(made.get(made.size() - 1))))
                .isGreaterThan(T0.toEpochMilli())
                .isLessThanOrEqualTo(T0.toEpochMilli() + 10);
    }

    @Test
    void never_goes_back_when_the_clock_does() {
        SettableClock clock = new SettableClock(T0);
        UuidV7IdGenerator generator = new UuidV7IdGenerator(clock);

        List<String> made = new ArrayList<>(strings(generator, 100));
        clock.set(T0.minusSeconds(5));
        made.addAll(strings(generator, 100));
        clock.set(T0.minusMillis(1));
        made.addAll(strings(generator, 100));

        assertThat(made).doesNotHaveDuplicates().isSorted();
        assertThat(millis(UUID.fromString(made.get(made.size() - 1)))).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void returns_to_the_clock_once_it_catches_up() {
        SettableClock clock = new SettableClock(T0);
        UuidV7IdGenerator generator = new UuidV7IdGenerator(clock);
        String ahead = strings(generator, 20_000).get(19_999);

        clock.set(T0.plusMillis(100));
        UUID caughtUp = generator.next();

        assertThat(caughtUp.toString()).isGreaterThan(ahead);
        assertThat(millis(caughtUp)).isEqualTo(T0.toEpochMilli() + 100);
    }

    @Test
    void stays_unique_and_ordered_per_thread_under_contention() throws Exception {
        UuidV7IdGenerator shared = new UuidV7IdGenerator(Clock.fixed(T0, ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<List<String>> task = () -> strings(shared, 10_000);
                results.add(pool.submit(task));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> result : results) {
                List<String> made = result.get();
                assertThat(made).isSorted();
                all.addAll(made);
            }
            assertThat(all).hasSize(40_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sets_version_7_and_the_rfc_variant_on_every_id() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = ids.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    private static List<String> strings(IdGenerator generator, int count) {
        List<String> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            made.add(generator.next().toString());
        }
        return made;
    }

    private static long millis(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    /** A clock a test moves by hand, backwards too. */
    private static final class SettableClock extends Clock {
        private final AtomicReference<Instant> now;

        SettableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

}
