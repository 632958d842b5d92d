package dev.kith.adapter.crypto;

import dev.kith.application.shared.port.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes RFC 9562 version 7 UUIDs that are strictly increasing for the life of the generator, so their
 * lower-case string forms sort in creation order. Thread-safe and lock-free.
 *
 * <p>Layout: 48-bit Unix milliseconds, version, 12-bit {@code rand_a} used as a counter within the
 * millisecond (RFC 9562 §6.2, method 1), variant, 62 random bits. The counter starts at a random value below
 * 2048 each new millisecond, leaving at least 2048 ids of room; when it runs out the timestamp moves one
 * millisecond ahead of the clock. If the clock steps back, ids keep counting on from the last timestamp
 * instead of going back with it.
 */
public final class UuidV7IdGenerator implements IdGenerator {

    private static final int COUNTER_BITS = 12;
    private static final long MAX_MILLIS = (1L << 48) - 1;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** The last (milliseconds << 12 | counter) handed out; incrementing it carries a full counter into the millis. */
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    /** A generator that takes its timestamps from {@code clock}. */
    public UuidV7IdGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public UUID next() {
        long now = clock.millis();
        if (now < 0 || now > MAX_MILLIS) {
            throw new IllegalStateException("the clock is outside the range a version 7 UUID can hold: " + now);
        }
        long fresh = (now << COUNTER_BITS) | random.nextInt(1 << (COUNTER_BITS - 1));
        long stamp = last.updateAndGet(previous -> (previous >> COUNTER_BITS) < now ? fresh : previous + 1);
        long millis = stamp >>> COUNTER_BITS;
        long counter = stamp & ((1L << COUNTER_BITS) - 1);
        long msb = (millis << 16) | (0x7L << 12) | counter;
        long lsb = (random.nextLong() >>> 2) | Long.MIN_VALUE;
        return new UUID(msb, lsb);
    }
}
