package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.InMemoryTransactor;
import dev.kith.application.account.port.NameReservations;
import dev.kith.application.account.port.NameReservationsContract;
import dev.kith.application.shared.port.Transactor;

class InMemoryNameReservationsTest extends NameReservationsContract {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryNameReservations reservations = new InMemoryNameReservations(store);
    private final InMemoryTransactor transactor = new InMemoryTransactor(store);

    @Override
    protected NameReservations reservations() {
        return reservations;
    }

    @Override
    protected Transactor transactor() {
        return transactor;
    }
}
