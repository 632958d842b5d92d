package dev.kith.adapter.inmemory;

import dev.kith.application.content.port.LikeRepositoryContract;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.shared.port.Transactor;

class InMemoryLikeRepositoryContractTest extends LikeRepositoryContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected AccountRepository accounts() {
        return ports.accounts;
    }

    @Override
    protected PostRepository posts() {
        return ports.posts;
    }

    @Override
    protected LikeRepository likes() {
        return ports.likes;
    }

    @Override
    protected ContentQueries content() {
        return ports.content;
    }

    @Override
    protected Transactor transactor() {
        return ports.transactor;
    }
}
