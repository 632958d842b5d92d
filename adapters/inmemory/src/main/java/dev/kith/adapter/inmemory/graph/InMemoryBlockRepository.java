package dev.kith.adapter.inmemory.graph;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.SocialTables.Pair;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.domain.account.AccountId;
import java.time.Instant;

/** Blocks in the in-memory store. */
public final class InMemoryBlockRepository implements BlockRepository {

    private final SocialTables tables;

    public InMemoryBlockRepository(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public boolean add(AccountId blocker, AccountId blocked, Instant now) {
        return tables.store.locked(() -> {
            Pair pair = new Pair(blocker, blocked);
            if (tables.blocks.containsKey(pair)) {
                return false;
            }
            tables.requireWriter(blocker);
            tables.requireAccount(blocked);
            tables.blocks.put(pair, now);
            return true;
        });
    }

    @Override
    public boolean remove(AccountId blocker, AccountId blocked) {
        return tables.store.locked(() -> {
            Pair pair = new Pair(blocker, blocked);
            boolean existed = tables.blocks.containsKey(pair);
            tables.blocks.remove(pair);
            return existed;
        });
    }
}
