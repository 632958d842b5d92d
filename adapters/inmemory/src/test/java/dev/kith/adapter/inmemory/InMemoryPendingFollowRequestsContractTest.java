package dev.kith.adapter.inmemory;

import dev.kith.application.account.port.PendingFollowRequestsContract;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.shared.port.Transactor;

class InMemoryPendingFollowRequestsContractTest extends PendingFollowRequestsContract {

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
    protected PendingFollowRequests pendingRequests() {
        return ports.pendingFollowRequests;
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
