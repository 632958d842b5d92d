package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.InMemoryTransactor;
import dev.kith.application.account.port.*;
import dev.kith.application.shared.port.Transactor;

class InMemoryRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(store);
    private final InMemoryRefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository(store);
    private final InMemoryTransactor transactor = new InMemoryTransactor(store);

    @Override
    protected RefreshTokenRepository refreshTokens() {
        return refreshTokens;
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
