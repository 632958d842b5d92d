package dev.kith.adapter.inmemory;

import dev.kith.application.account.port.PendingFollowRequestsContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryPendingFollowRequestsContractTest extends PendingFollowRequestsContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
