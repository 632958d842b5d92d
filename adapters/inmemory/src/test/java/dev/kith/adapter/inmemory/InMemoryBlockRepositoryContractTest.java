package dev.kith.adapter.inmemory;

import dev.kith.application.graph.port.BlockRepositoryContract;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.shared.port.Transactor;

class InMemoryBlockRepositoryContractTest extends BlockRepositoryContract {

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
    protected GraphQueries graph() {
        return ports.graph;
    }

    @Override
    protected Transactor transactor() {
        return ports.transactor;
    }
}
