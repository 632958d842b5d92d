package dev.kith.adapter.inmemory;

import dev.kith.application.content.port.CommentRepositoryContract;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.shared.port.Transactor;

class InMemoryCommentRepositoryContractTest extends CommentRepositoryContract {

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
    protected CommentRepository comments() {
        return ports.comments;
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
