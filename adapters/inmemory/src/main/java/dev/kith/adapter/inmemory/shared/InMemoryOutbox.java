package dev.kith.adapter.inmemory.shared;

import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An outbox kept in the in-memory store. */
public final class InMemoryOutbox implements Outbox {

    private final InMemoryStore store;
    private final Table<OutboxMessageId, Row> rows;

    public InMemoryOutbox(InMemoryStore store) {
        this.store = store;
        this.rows = store.table();
    }

    @Override
    public void enqueue(OutboxMessage message) {
        store.locked(() -> {
            rows.put(message.id(), new Row(message, message.createdAt(), Optional.empty(), false));
            return null;
        });
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, Duration lease, int limit) {
        return store.locked(() -> {
            List<Row> due = rows.values()
                    .filter(row -> !row.dead() && !row.nextAttemptAt().isAfter(now))
                    .sorted(Comparator.comparing((Row row) -> row.message().createdAt())
                            .thenComparing(row -> row.message().id().value().toString()))
                    .limit(limit)
                    .toList();
            return due.stream().map(row -> {
                OutboxMessage m = row.message();
                OutboxMessage claimed = new OutboxMessage(m.id(), m.topic(), m.payload(), m.createdAt(), m.attempts() + 1);
                rows.put(m.id(), new Row(claimed, now.plus(lease), row.lastError(), false));
                return claimed;
            }).toList();
        });
    }

    @Override
    public void complete(OutboxMessageId id) {
        store.locked(() -> {
            rows.remove(id);
            return null;
        });
    }

    @Override
    public void retryLater(OutboxMessageId id, Instant nextAttemptAt, String error) {
        store.locked(() -> {
            rows.get(id).ifPresent(row -> rows.put(id, new Row(row.message(), nextAttemptAt, Optional.of(error), row.dead())));
            return null;
        });
    }

    @Override
    public void bury(OutboxMessageId id, Instant now, String error) {
        store.locked(() -> {
            rows.get(id).ifPresent(row -> rows.put(id, new Row(row.message(), now, Optional.of(error), true)));
            return null;
        });
    }

    @Override
    public long pending() {
        return store.locked(() -> rows.values().filter(row -> !row.dead()).count());
    }

    @Override
    public long dead() {
        return store.locked(() -> rows.values().filter(Row::dead).count());
    }

    /** Why the message last failed, if it did; for tests. */
    public Optional<String> lastError(OutboxMessageId id) {
        return store.locked(() -> rows.get(id).flatMap(Row::lastError));
    }

    private record Row(OutboxMessage message, Instant nextAttemptAt, Optional<String> lastError, boolean dead) {
    }
}
