package dev.kith.adapter.inmemory.shared;

import dev.kith.application.shared.port.*;

class InMemoryOutboxTest extends OutboxContract {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryOutbox outbox = new InMemoryOutbox(store);
    private final InMemoryTransactor transactor = new InMemoryTransactor(store);

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected Transactor transactor() {
        return transactor;
    }
}
