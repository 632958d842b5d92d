package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.InMemoryTransactor;
import dev.kith.application.account.port.*;
import dev.kith.application.shared.port.Transactor;

class InMemoryOneTimeTokenRepositoryTest extends OneTimeTokenRepositoryContract {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(store);
    private final InMemoryOneTimeTokenRepository tokens = new InMemoryOneTimeTokenRepository(store);
    private final InMemoryTransactor transactor = new InMemoryTransactor(store);

    @Override
    protected OneTimeTokenRepository tokens() {
        return tokens;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected Transactor transactor() {
        return transactor;
    }
}
