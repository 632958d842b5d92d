package dev.kith.adapter.inmemory.account;

import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.PasswordHasherContract;

class InMemoryPasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher hasher() {
        return new InMemoryPasswordHasher();
    }
}
