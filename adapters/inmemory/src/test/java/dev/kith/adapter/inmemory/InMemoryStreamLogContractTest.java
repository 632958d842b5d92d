package dev.kith.adapter.inmemory;

import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.notification.port.StreamLogContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryStreamLogContractTest extends StreamLogContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }

    @Override
    protected StreamLog log() {
        return ports.streamLog;
    }
}
