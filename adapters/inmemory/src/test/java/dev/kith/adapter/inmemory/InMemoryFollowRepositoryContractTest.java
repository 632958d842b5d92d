package dev.kith.adapter.inmemory;

import dev.kith.application.graph.port.FollowRepositoryContract;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.shared.port.Transactor;

class InMemoryFollowRepositoryContractTest extends FollowRepositoryContract {

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
    protected ProfileQueries profiles() {
        return ports.profiles;
    }

    @Override
    protected Transactor transactor() {
        return ports.transactor;
    }
}
