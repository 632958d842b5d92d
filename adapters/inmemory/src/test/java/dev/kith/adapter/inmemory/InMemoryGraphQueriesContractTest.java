package dev.kith.adapter.inmemory;

import dev.kith.application.graph.port.GraphQueriesContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryGraphQueriesContractTest extends GraphQueriesContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
