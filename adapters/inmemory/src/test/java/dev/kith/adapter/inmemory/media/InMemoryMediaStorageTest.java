package dev.kith.adapter.inmemory.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.MediaStorageContract;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryMediaStorageTest extends MediaStorageContract {

    private final InMemoryMediaStorage storage = new InMemoryMediaStorage(Clock.systemUTC());

    @Override
    protected MediaStorage storage() {
        return storage;
    }

    @Test
    void dates_objects_by_its_clock_and_lists_what_it_holds() {
        Instant t0 = Instant.parse("2026-11-23T18:00:00Z");
        MutableClock clock = new MutableClock(t0);
        InMemoryMediaStorage storage = new InMemoryMediaStorage(clock);
        StorageKey key = key("original.jpg");

        storage.put(key, file(bytes(10, 1)), "image/jpeg");
        clock.advance(Duration.ofMinutes(1));

        assertThat(storage.stat(key).orElseThrow().lastModified()).isEqualTo(t0);
        assertThat(storage.keys()).containsExactly(key);
        assertThat(storage.directUrl(key, t0.plus(Duration.ofHours(1)))).isEmpty();
    }
}
