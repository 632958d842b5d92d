package dev.kith.adapter.inmemory;

import dev.kith.adapter.inmemory.account.InMemoryAccountErasure;
import dev.kith.adapter.inmemory.account.InMemoryAccountRepository;
import dev.kith.adapter.inmemory.content.InMemoryCommentRepository;
import dev.kith.adapter.inmemory.content.InMemoryContentQueries;
import dev.kith.adapter.inmemory.content.InMemoryLikeRepository;
import dev.kith.adapter.inmemory.content.InMemoryPostRepository;
import dev.kith.adapter.inmemory.graph.InMemoryBlockRepository;
import dev.kith.adapter.inmemory.graph.InMemoryFollowRepository;
import dev.kith.adapter.inmemory.graph.InMemoryGraphQueries;
import dev.kith.adapter.inmemory.profile.InMemoryProfileQueries;
import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.InMemoryTransactor;
import dev.kith.adapter.inmemory.shared.SocialTables;

/** One fresh in-memory store with every social port on it, for the contract tests. */
final class InMemoryPorts {

    final InMemoryStore store = new InMemoryStore();
    final InMemoryAccountRepository accounts = new InMemoryAccountRepository(store);
    final SocialTables tables = new SocialTables(store, accounts);
    final InMemoryTransactor transactor = new InMemoryTransactor(store);
    final InMemoryFollowRepository follows = new InMemoryFollowRepository(tables);
    final InMemoryBlockRepository blocks = new InMemoryBlockRepository(tables);
    final InMemoryGraphQueries graph = new InMemoryGraphQueries(tables);
    final InMemoryProfileQueries profiles = new InMemoryProfileQueries(tables);
    final InMemoryPostRepository posts = new InMemoryPostRepository(tables);
    final InMemoryCommentRepository comments = new InMemoryCommentRepository(tables);
    final InMemoryLikeRepository likes = new InMemoryLikeRepository(tables);
    final InMemoryContentQueries content = new InMemoryContentQueries(tables);
    final InMemoryAccountErasure erasure = new InMemoryAccountErasure(tables);
}
