package dev.kith.adapter.inmemory.shared;

import dev.kith.application.shared.port.IdGenerator;
import java.time.Clock;
import java.util.UUID;

/**
 * Version 7 UUIDs from a clock and a counter: deterministic, so tests can predict them, and ordered
 * even when the clock stands still.
 */
public final class SequentialIdGenerator implements IdGenerator {

    private final Clock clock;
    private long lastMillis = -1;
    private long counter;

    public SequentialIdGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = 0;
        } else {
            counter++;
        }
        long mostSignificant = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L;
        long leastSignificant = 0x8000_0000_0000_0000L | (counter & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(mostSignificant, leastSignificant);
    }
}
