package dev.kith.adapter.inmemory.graph;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.SocialTables.Follow;
import dev.kith.adapter.inmemory.shared.SocialTables.Pair;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.FollowId;
import dev.kith.domain.graph.FollowState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Follows and requests in the in-memory store. */
public final class InMemoryFollowRepository implements FollowRepository, PendingFollowRequests {

    private final SocialTables tables;

    public InMemoryFollowRepository(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<FollowState> find(AccountId follower, AccountId followee) {
        return tables.store.locked(() -> tables.follow(follower, followee));
    }

    @Override
    public Stored add(FollowId id, AccountId follower, AccountId followee, FollowState state, Instant now) {
        return tables.store.locked(() -> {
            Pair pair = new Pair(follower, followee);
            Optional<Follow> existing = tables.follows.get(pair);
            if (existing.isPresent()) {
                return new Stored(existing.get().state(), false);
            }
            tables.requireWriter(follower);
            tables.requireAccount(followee);
            tables.follows.put(pair, new Follow(id, state, now));
            return new Stored(state, true);
        });
    }

    @Override
    public Optional<FollowState> remove(AccountId follower, AccountId followee) {
        return tables.store.locked(() -> {
            Pair pair = new Pair(follower, followee);
            Optional<FollowState> existing = tables.follows.get(pair).map(Follow::state);
            tables.follows.remove(pair);
            return existing;
        });
    }

    @Override
    public boolean accept(AccountId follower, AccountId followee, Instant now) {
        return tables.store.locked(() -> {
            Pair pair = new Pair(follower, followee);
            Optional<Follow> existing = tables.follows.get(pair).filter(f -> f.state() == FollowState.REQUESTED);
            existing.ifPresent(f -> tables.follows.put(pair, new Follow(f.id(), FollowState.FOLLOWING, f.createdAt())));
            return existing.isPresent();
        });
    }

    @Override
    public List<AccountId> acceptAll(AccountId account, Instant now) {
        return tables.store.locked(() -> {
            List<Map.Entry<Pair, Follow>> pending = tables.follows.entries().stream()
                    .filter(e -> e.getKey().to().equals(account) && e.getValue().state() == FollowState.REQUESTED)
                    .toList();
            pending.forEach(e -> tables.follows.put(e.getKey(),
                    new Follow(e.getValue().id(), FollowState.FOLLOWING, e.getValue().createdAt())));
            return pending.stream().map(e -> e.getKey().from()).toList();
        });
    }
}
