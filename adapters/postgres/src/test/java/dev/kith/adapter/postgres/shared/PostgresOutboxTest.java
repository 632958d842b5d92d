package dev.kith.adapter.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxContract;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import dev.kith.application.shared.port.Transactor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresOutboxTest extends OutboxContract {

    // The concurrency test runs four relays at once.
    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(6);

    @Override
    protected Outbox outbox() {
        return new PostgresOutbox(DB.jdbi());
    }

    @Override
    protected Transactor transactor() {
        return new JdbiTransactor(DB.jdbi());
    }

    @Test
    void remembers_a_bounded_error_without_nul_characters() {
        OutboxMessageId id = new OutboxMessageId(UUID.randomUUID());
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        transactor().run(() -> outbox().enqueue(OutboxMessage.of(id, "mail", Map.of(), now)));

        transactor().run(() -> outbox().retryLater(id, now, "bad\u0000byte " + "x".repeat(10_000)));

        String stored = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT last_error FROM outbox WHERE id = :id")
                .bind("id", id.value()).mapTo(String.class).one());
        assertThat(stored).startsWith("bad\uFFFDbyte ").hasSize(2000);
    }
}
