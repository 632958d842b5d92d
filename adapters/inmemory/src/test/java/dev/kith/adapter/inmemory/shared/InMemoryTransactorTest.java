package dev.kith.adapter.inmemory.shared;

import dev.kith.adapter.inmemory.account.InMemoryAccountRepository;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.shared.port.*;

class InMemoryTransactorTest extends TransactorContract {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(store);
    private final InMemoryOutbox outbox = new InMemoryOutbox(store);
    private final InMemoryTransactor transactor = new InMemoryTransactor(store);

    @Override
    protected Transactor transactor() {
        return transactor;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}
