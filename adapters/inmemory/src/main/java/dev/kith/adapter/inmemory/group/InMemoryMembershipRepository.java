package dev.kith.adapter.inmemory.group;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.SocialTables.InGroup;
import dev.kith.application.group.port.MembershipRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Ban;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.JoinRequest;
import dev.kith.domain.group.Membership;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Members, join requests and bans in the in-memory store; counts are computed from the rows. */
public final class InMemoryMembershipRepository implements MembershipRepository {

    private final SocialTables tables;

    public InMemoryMembershipRepository(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Membership> find(GroupId group, AccountId account) {
        return tables.store.locked(() -> tables.members.get(new InGroup(group, account)));
    }

    @Override
    public boolean add(Membership membership) {
        return tables.store.locked(() -> {
            requireGroup(membership.group());
            tables.requireAccount(membership.account());
            InGroup key = new InGroup(membership.group(), membership.account());
            if (tables.members.containsKey(key)) {
                return false;
            }
            tables.members.put(key, membership);
            return true;
        });
    }

    @Override
    public boolean remove(GroupId group, AccountId account) {
        return tables.store.locked(() -> {
            InGroup key = new InGroup(group, account);
            boolean present = tables.members.containsKey(key);
            tables.members.remove(key);
            return present;
        });
    }

    @Override
    public boolean changeRole(GroupId group, AccountId account, GroupRole role) {
        return tables.store.locked(() -> {
            InGroup key = new InGroup(group, account);
            Optional<Membership> found = tables.members.get(key);
            found.ifPresent(m -> tables.members.put(key, m.withRole(role)));
            return found.isPresent();
        });
    }

    @Override
    public long countWithRole(GroupId group, GroupRole role) {
        return tables.store.locked(() -> tables.members.values()
                .filter(m -> m.group().equals(group) && m.role() == role).count());
    }

    @Override
    public List<AccountId> withRoleAtLeast(GroupId group, GroupRole role) {
        return tables.store.locked(() -> tables.members.values()
                .filter(m -> m.group().equals(group) && m.role().atLeast(role))
                .sorted(Comparator.comparing(Membership::id, SocialTables.UUID_ORDER))
                .map(Membership::account).toList());
    }

    @Override
    public long countGroupsOf(AccountId account) {
        return tables.store.locked(() -> tables.members.values().filter(m -> m.account().equals(account)).count()
                + tables.joinRequests.values().filter(r -> r.account().equals(account)).count());
    }

    @Override
    public List<Membership> membershipsOf(AccountId account) {
        return tables.store.locked(() -> tables.members.values().filter(m -> m.account().equals(account))
                .sorted(Comparator.comparing(Membership::id, SocialTables.UUID_ORDER)).toList());
    }

    @Override
    public void eraseAllOf(AccountId account) {
        tables.store.locked(() -> {
            tables.members.removeIf(m -> m.account().equals(account));
            tables.joinRequests.removeIf(r -> r.account().equals(account));
            tables.bans.removeIf(b -> b.account().equals(account));
            return null;
        });
    }

    @Override
    public boolean addRequest(JoinRequest request) {
        return tables.store.locked(() -> {
            requireGroup(request.group());
            tables.requireAccount(request.account());
            InGroup key = new InGroup(request.group(), request.account());
            if (tables.joinRequests.containsKey(key)) {
                return false;
            }
            tables.joinRequests.put(key, request);
            return true;
        });
    }

    @Override
    public Optional<JoinRequest> findRequest(GroupId group, AccountId account) {
        return tables.store.locked(() -> tables.joinRequests.get(new InGroup(group, account)));
    }

    @Override
    public boolean removeRequest(GroupId group, AccountId account) {
        return tables.store.locked(() -> {
            InGroup key = new InGroup(group, account);
            boolean present = tables.joinRequests.containsKey(key);
            tables.joinRequests.remove(key);
            return present;
        });
    }

    @Override
    public boolean addBan(Ban ban) {
        return tables.store.locked(() -> {
            requireGroup(ban.group());
            tables.requireAccount(ban.account());
            InGroup key = new InGroup(ban.group(), ban.account());
            if (tables.bans.containsKey(key)) {
                return false;
            }
            tables.bans.put(key, ban);
            return true;
        });
    }

    @Override
    public boolean isBanned(GroupId group, AccountId account) {
        return tables.store.locked(() -> tables.bans.containsKey(new InGroup(group, account)));
    }

    @Override
    public boolean removeBan(GroupId group, AccountId account) {
        return tables.store.locked(() -> {
            InGroup key = new InGroup(group, account);
            boolean present = tables.bans.containsKey(key);
            tables.bans.remove(key);
            return present;
        });
    }

    // as the database's foreign key refuses a row of a group deleted a moment ago
    private void requireGroup(GroupId group) {
        if (!tables.groups.containsKey(group)) {
            throw new GroupErrors.GroupNotFound();
        }
    }
}
