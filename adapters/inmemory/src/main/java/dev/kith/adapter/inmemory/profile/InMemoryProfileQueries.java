package dev.kith.adapter.inmemory.profile;

import dev.kith.application.graph.ViewerScope;
import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.profile.port.ProfileView;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Username;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Profiles and search over the in-memory store; a scan, which is fine for tests and demos. */
public final class InMemoryProfileQueries implements ProfileQueries {

    private final SocialTables tables;

    public InMemoryProfileQueries(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<ProfileView> byUsername(Username username) {
        return tables.store.locked(() -> tables.accounts.findByUsername(username).map(this::view));
    }

    private ProfileView view(Account a) {
        return new ProfileView(a.id(), a.username().value(), a.profile().displayName(), a.profile().bio(), tables.avatar(a.profile().avatar()),
                a.profile().isPrivate(), tables.followersCount(a.id()), tables.followingCount(a.id()), tables.postsCount(a.id()));
    }

    @Override
    public List<Keyed<String, AccountSummary>> search(String prefix, ViewerScope scope, Optional<String> after, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return tables.store.locked(() -> tables.accounts.all().stream()
                .filter(a -> a.username().canonical().startsWith(prefix)
                        || a.profile().displayName().map(name -> name.toLowerCase(Locale.ROOT).startsWith(prefix)).orElse(false))
                .filter(a -> !tables.blockedEitherWay(viewer, a.id()))
                .filter(a -> after.map(key -> a.username().canonical().compareTo(key) > 0).orElse(true))
                .sorted(Comparator.comparing(a -> a.username().canonical()))
                .limit(limit)
                .map(a -> new Keyed<>(a.username().canonical(), tables.summary(a.id()).orElseThrow()))
                .toList());
    }
}
