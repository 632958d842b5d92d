package dev.kith.adapter.inmemory;

import dev.kith.application.content.port.CommentRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryCommentRepositoryContractTest extends CommentRepositoryContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }
}
