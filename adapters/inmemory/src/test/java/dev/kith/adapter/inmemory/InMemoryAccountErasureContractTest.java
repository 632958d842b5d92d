package dev.kith.adapter.inmemory;

import dev.kith.application.account.port.AccountErasureContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryAccountErasureContractTest extends AccountErasureContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
