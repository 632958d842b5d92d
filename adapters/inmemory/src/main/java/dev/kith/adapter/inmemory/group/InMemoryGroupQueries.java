package dev.kith.adapter.inmemory.group;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.SocialTables.InGroup;
import dev.kith.application.graph.ViewerScope;
import dev.kith.application.group.port.AccountSince;
import dev.kith.application.group.port.GroupQueries;
import dev.kith.application.group.port.GroupView;
import dev.kith.application.group.port.MemberView;
import dev.kith.application.group.port.ModerationEntryView;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.Membership;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/** The group read side over the in-memory store; scans, which is fine for tests and demos. */
public final class InMemoryGroupQueries implements GroupQueries {

    private final SocialTables tables;

    public InMemoryGroupQueries(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<GroupView> group(GroupId id, AccountId viewer) {
        return tables.store.locked(() -> tables.groups.get(id).map(group -> view(group, viewer)));
    }

    @Override
    public List<Keyed<String, GroupView>> search(String prefix, AccountId viewer, Optional<String> after, int limit) {
        return tables.store.locked(() -> tables.groups.values()
                .map(group -> new Keyed<>(key(group), group))
                .filter(row -> row.key().startsWith(prefix) && row.key().indexOf(KEY_SEPARATOR) >= prefix.length())
                .filter(row -> after.map(a -> row.key().compareTo(a) > 0).orElse(true))
                .sorted(Comparator.comparing(Keyed::key))
                .limit(limit)
                .map(row -> new Keyed<>(row.key(), view(row.value(), viewer)))
                .toList());
    }

    // lower-cased name, separator, id: compared as PostgreSQL's "C" collation compares them (by code unit
    // here, by byte there: the same order for the characters names may hold, short of surrogates)
    private static String key(Group group) {
        return group.name().toLowerCase(Locale.ROOT) + KEY_SEPARATOR + group.id();
    }

    @Override
    public List<Keyed<UUID, GroupView>> groupsOf(AccountId viewer, Optional<UUID> after, int limit) {
        return tables.store.locked(() -> page(tables.members.values().filter(m -> m.account().equals(viewer)),
                Membership::id, after, limit)
                .map(m -> new Keyed<>(m.id(), view(tables.groups.get(m.group()).orElseThrow(), viewer))).toList());
    }

    @Override
    public Optional<MemberView> member(GroupId group, AccountId account) {
        return tables.store.locked(() -> tables.members.get(new InGroup(group, account)).map(this::view));
    }

    @Override
    public List<Keyed<UUID, MemberView>> members(GroupId group, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return tables.store.locked(() -> page(tables.members.values()
                .filter(m -> m.group().equals(group) && !tables.blockedEitherWay(viewer, m.account())), Membership::id, after, limit)
                .map(m -> new Keyed<>(m.id(), view(m))).toList());
    }

    @Override
    public List<Keyed<UUID, AccountSince>> requests(GroupId group, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return tables.store.locked(() -> page(tables.joinRequests.values()
                .filter(r -> r.group().equals(group) && !tables.blockedEitherWay(viewer, r.account())), r -> r.id(), after, limit)
                .map(r -> new Keyed<>(r.id(), new AccountSince(tables.summary(r.account()).orElseThrow(), r.at()))).toList());
    }

    @Override
    public List<Keyed<UUID, AccountSince>> bans(GroupId group, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return tables.store.locked(() -> page(tables.bans.values()
                .filter(b -> b.group().equals(group) && !tables.blockedEitherWay(viewer, b.account())), b -> b.id(), after, limit)
                .map(b -> new Keyed<>(b.id(), new AccountSince(tables.summary(b.account()).orElseThrow(), b.at()))).toList());
    }

    @Override
    public List<ModerationEntryView> log(GroupId group, Optional<UUID> before, int limit) {
        return tables.store.locked(() -> tables.moderationLog.values()
                .filter(e -> e.group().equals(group))
                .filter(e -> before.map(b -> SocialTables.UUID_ORDER.compare(e.id(), b) < 0).orElse(true))
                .sorted(Comparator.comparing(e -> e.id(), SocialTables.UUID_ORDER.reversed()))
                .limit(limit)
                .map(e -> new ModerationEntryView(e.id(), tables.summary(e.actor()), e.action(),
                        e.subject().flatMap(tables::summary), e.detail(), e.at()))
                .toList());
    }

    private static <T> Stream<T> page(Stream<T> rows, Function<T, UUID> id, Optional<UUID> after, int limit) {
        return rows.filter(row -> after.map(a -> SocialTables.UUID_ORDER.compare(id.apply(row), a) > 0).orElse(true))
                .sorted(Comparator.comparing(id, SocialTables.UUID_ORDER))
                .limit(limit);
    }

    private GroupView view(Group group, AccountId viewer) {
        long count = tables.members.values().filter(m -> m.group().equals(group.id())).count();
        return new GroupView(group, count, tables.members.get(new InGroup(group.id(), viewer)).map(Membership::role),
                tables.joinRequests.containsKey(new InGroup(group.id(), viewer)));
    }

    private MemberView view(Membership membership) {
        return new MemberView(tables.summary(membership.account()).orElseThrow(), membership.role(), membership.since());
    }
}
