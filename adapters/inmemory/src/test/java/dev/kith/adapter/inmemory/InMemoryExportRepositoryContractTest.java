package dev.kith.adapter.inmemory;

import dev.kith.application.export.port.ExportPorts;
import dev.kith.application.export.port.ExportRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;
import java.time.Clock;

class InMemoryExportRepositoryContractTest extends ExportRepositoryContract {

    private final InMemoryAdapters adapters = InMemoryAdapters.create(Clock.systemUTC());

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return new SocialPortsContract.SocialPorts(adapters.shared(), adapters.accounts(), adapters.graph(),
                adapters.profiles(), adapters.content());
    }

    @Override
    protected ExportPorts exportPorts() {
        return adapters.exports();
    }
}
