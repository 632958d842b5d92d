package dev.kith.adapter.inmemory;

import dev.kith.application.graph.port.BlockRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryBlockRepositoryContractTest extends BlockRepositoryContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
