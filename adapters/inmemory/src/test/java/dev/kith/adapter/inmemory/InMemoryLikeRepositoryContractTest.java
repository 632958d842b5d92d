package dev.kith.adapter.inmemory;

import dev.kith.application.content.port.LikeRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryLikeRepositoryContractTest extends LikeRepositoryContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
