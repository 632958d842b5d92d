package dev.kith.adapter.inmemory;

import dev.kith.application.graph.port.FollowRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryFollowRepositoryContractTest extends FollowRepositoryContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
