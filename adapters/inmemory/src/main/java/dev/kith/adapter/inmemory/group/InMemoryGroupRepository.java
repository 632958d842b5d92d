package dev.kith.adapter.inmemory.group;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.group.port.GroupRepository;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import java.util.Optional;

/**
 * Groups in the in-memory store. {@link #lock} is {@link #find}: the store's one lock already runs each
 * transaction alone.
 */
public final class InMemoryGroupRepository implements GroupRepository {

    private final SocialTables tables;

    public InMemoryGroupRepository(SocialTables tables) {
        this.tables = tables;
        // as the database's ON DELETE SET NULL: a group outlives its creator's erasure without naming it
        tables.store.onErase(owner -> tables.groups.values().filter(g -> g.createdBy().filter(owner::equals).isPresent())
                .toList().forEach(g -> tables.groups.put(g.id(), new Group(g.id(), g.name(), g.description(), g.visibility(),
                        java.util.Optional.empty(), g.createdAt()))));
    }

    @Override
    public void add(Group group) {
        tables.store.locked(() -> {
            group.createdBy().ifPresent(tables::requireWriter);
            tables.groups.put(group.id(), group);
            return null;
        });
    }

    @Override
    public Optional<Group> find(GroupId id) {
        return tables.store.locked(() -> tables.groups.get(id));
    }

    @Override
    public Optional<Group> lock(GroupId id) {
        return find(id);
    }

    @Override
    public void update(Group group) {
        tables.store.locked(() -> {
            if (tables.groups.containsKey(group.id())) {
                tables.groups.put(group.id(), group);
            }
            return null;
        });
    }

    @Override
    public boolean delete(GroupId id) {
        return tables.store.locked(() -> {
            boolean present = tables.groups.containsKey(id);
            tables.groups.remove(id);
            tables.members.removeIf(m -> m.group().equals(id));
            tables.joinRequests.removeIf(r -> r.group().equals(id));
            tables.bans.removeIf(b -> b.group().equals(id));
            tables.moderationLog.removeIf(e -> e.group().equals(id));
            tables.notifications.removeIf(n -> n.group().filter(id::equals).isPresent());
            return present;
        });
    }
}
