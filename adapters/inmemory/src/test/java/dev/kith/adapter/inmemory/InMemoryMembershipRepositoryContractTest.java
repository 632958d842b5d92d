package dev.kith.adapter.inmemory;

import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.group.port.MembershipRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;
import java.time.Clock;
import java.util.Optional;

class InMemoryMembershipRepositoryContractTest extends MembershipRepositoryContract {

    private final InMemoryAdapters adapters = InMemoryAdapters.create(Clock.systemUTC());

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return new SocialPortsContract.SocialPorts(adapters.shared(), adapters.accounts(), adapters.graph(),
                adapters.profiles(), adapters.content(), Optional.of(adapters.groups()));
    }

    @Override
    protected GroupPorts groupPorts() {
        return adapters.groups();
    }
}
