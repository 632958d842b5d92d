package dev.kith.adapter.inmemory.shared;

import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.IdGeneratorContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class SequentialIdGeneratorTest extends IdGeneratorContract {

    private final SequentialIdGenerator ids = new SequentialIdGenerator(Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC));

    @Override
    protected IdGenerator ids() {
        return ids;
    }
}
