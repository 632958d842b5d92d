package dev.kith.adapter.inmemory;

import dev.kith.application.profile.port.ProfileQueriesContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryProfileQueriesContractTest extends ProfileQueriesContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
