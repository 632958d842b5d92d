package dev.kith.adapter.inmemory;

import dev.kith.application.content.port.PostRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryPostRepositoryContractTest extends PostRepositoryContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
