package dev.kith.adapter.inmemory;

import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.media.port.MediaRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryMediaRepositoryContractTest extends MediaRepositoryContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }

    @Override
    protected MediaRepository media() {
        return ports.media;
    }
}
