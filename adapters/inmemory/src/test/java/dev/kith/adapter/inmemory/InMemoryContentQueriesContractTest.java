package dev.kith.adapter.inmemory;

import dev.kith.application.content.port.ContentQueriesContract;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.shared.port.Transactor;

class InMemoryContentQueriesContractTest extends ContentQueriesContract {

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
    protected BlockRepository blocks() {
        return ports.blocks;
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
