package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.InMemoryTransactor;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.account.port.RevokedLoginsContract;
import dev.kith.application.shared.port.Transactor;

class InMemoryRevokedLoginsTest extends RevokedLoginsContract {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryRevokedLogins revokedLogins = new InMemoryRevokedLogins(store);
    private final InMemoryTransactor transactor = new InMemoryTransactor(store);

    @Override
    protected RevokedLogins revokedLogins() {
        return revokedLogins;
    }

    @Override
    protected Transactor transactor() {
        return transactor;
    }
}
