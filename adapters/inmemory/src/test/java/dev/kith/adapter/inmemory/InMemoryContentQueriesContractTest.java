package dev.kith.adapter.inmemory;

import dev.kith.application.content.port.ContentQueriesContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryContentQueriesContractTest extends ContentQueriesContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
