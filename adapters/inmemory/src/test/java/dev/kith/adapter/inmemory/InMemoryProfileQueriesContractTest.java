package dev.kith.adapter.inmemory;

import dev.kith.application.profile.port.ProfileQueriesContract;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.shared.port.Transactor;

class InMemoryProfileQueriesContractTest extends ProfileQueriesContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected AccountRepository accounts() {
        return ports.accounts;
    }

    @Override
    protected BlockRepository blocks() {
        return ports.blocks;
    }

    @Override
    protected ProfileQueries profiles() {
        return ports.profiles;
    }

    @Override
    protected Transactor transactor() {
        return ports.transactor;
    }
}
