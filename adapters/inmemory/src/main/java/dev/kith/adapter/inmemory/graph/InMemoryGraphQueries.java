package dev.kith.adapter.inmemory.graph;

import dev.kith.application.graph.ViewerScope;
import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.SocialTables.Follow;
import dev.kith.adapter.inmemory.shared.SocialTables.Pair;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.Audience;
import dev.kith.domain.graph.FollowState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** The graph's read side over the in-memory store. */
public final class InMemoryGraphQueries implements GraphQueries {

    private final SocialTables tables;

    public InMemoryGraphQueries(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Audience> audience(AccountId viewer, AccountId owner) {
        return tables.store.locked(() -> tables.accounts.findById(owner).map(account -> new Audience(viewer, owner,
                account.profile().isPrivate(), tables.relationship(viewer, owner))));
    }

    @Override
    public List<Keyed<UUID, AccountSummary>> followers(AccountId account, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return list(e -> e.getKey().to().equals(account) && e.getValue().state() == FollowState.FOLLOWING,
                e -> e.getKey().from(), viewer, after, limit);
    }

    @Override
    public List<Keyed<UUID, AccountSummary>> following(AccountId account, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return list(e -> e.getKey().from().equals(account) && e.getValue().state() == FollowState.FOLLOWING,
                e -> e.getKey().to(), viewer, after, limit);
    }

    @Override
    public List<Keyed<UUID, AccountSummary>> pendingRequests(AccountId account, Optional<UUID> after, int limit) {
        return list(e -> e.getKey().to().equals(account) && e.getValue().state() == FollowState.REQUESTED,
                e -> e.getKey().from(), account, after, limit);
    }

    @Override
    public List<Keyed<String, AccountSummary>> blocked(AccountId account, Optional<String> after, int limit) {
        return tables.store.locked(() -> tables.blocks.entries().stream()
                .filter(e -> e.getKey().from().equals(account))
                .map(e -> tables.summary(e.getKey().to()).orElseThrow())
                .map(summary -> new Keyed<>(summary.username().toLowerCase(java.util.Locale.ROOT), summary))
                .filter(row -> after.map(a -> row.key().compareTo(a) > 0).orElse(true))
                .sorted(java.util.Comparator.comparing(Keyed::key))
                .limit(limit)
                .toList());
    }

    private List<Keyed<UUID, AccountSummary>> list(Predicate<Map.Entry<Pair, Follow>> which,
                                                   Function<Map.Entry<Pair, Follow>, AccountId> shown,
                                                   AccountId viewer, Optional<UUID> after, int limit) {
        return tables.store.locked(() -> tables.follows.entries().stream()
                .filter(which)
                .filter(e -> !tables.blockedEitherWay(viewer, shown.apply(e)))
                .filter(e -> after.map(a -> SocialTables.UUID_ORDER.compare(e.getValue().id().value(), a) < 0).orElse(true))
                .sorted((a, b) -> SocialTables.UUID_ORDER.compare(b.getValue().id().value(), a.getValue().id().value()))
                .limit(limit)
                .map(e -> new Keyed<>(e.getValue().id().value(), tables.summary(shown.apply(e)).orElseThrow()))
                .toList());
    }
}
