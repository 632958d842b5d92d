package dev.kith.adapter.inmemory;

import dev.kith.application.graph.port.GraphQueriesContract;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.shared.port.Transactor;

class InMemoryGraphQueriesContractTest extends GraphQueriesContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected AccountRepository accounts() {
        return ports.accounts;
    }

    @Override
    protected FollowRepository follows() {
        return ports.follows;
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
