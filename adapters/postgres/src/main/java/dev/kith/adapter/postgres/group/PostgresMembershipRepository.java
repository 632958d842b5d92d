package dev.kith.adapter.postgres.group;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.group.port.MembershipRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Ban;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.JoinRequest;
import dev.kith.domain.group.Membership;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link MembershipRepository} on {@code group_members}, {@code group_join_requests} and {@code group_bans}
 * (see the V12 migration). Every write is one statement, idempotent through the pair's unique key
 * ({@code INSERT ... ON CONFLICT DO NOTHING}); adding or removing a member moves the group's
 * {@code members_count} in the same statement, only when a row really changed, so the count stays exact
 * under concurrent joins (the counter's row lock orders them). Thread-safe; joins the transaction running on
 * the calling thread.
 */
public final class PostgresMembershipRepository implements MembershipRepository {

    private static final String ADD = "WITH added AS (INSERT INTO group_members (id, group_id, account_id, role, since) "
            + "VALUES (:id, :group, :account, :role, :since) ON CONFLICT ON CONSTRAINT group_members_pair DO NOTHING "
            + "RETURNING group_id), "
            + "counted AS (UPDATE groups SET members_count = members_count + 1 WHERE id IN (SELECT group_id FROM added)) "
            + "SELECT count(*) FROM added";

    // each group loses one member: an account is a member of a group at most once
    private static final String ERASE_MEMBERSHIPS = "WITH removed AS (DELETE FROM group_members WHERE account_id = :account "
            + "RETURNING group_id) UPDATE groups g SET members_count = g.members_count - 1 FROM removed WHERE g.id = removed.group_id";

    private static final String REMOVE = "WITH removed AS (DELETE FROM group_members WHERE group_id = :group "
            + "AND account_id = :account RETURNING group_id), "
            + "counted AS (UPDATE groups SET members_count = members_count - 1 WHERE id IN (SELECT group_id FROM removed)) "
            + "SELECT count(*) FROM removed";

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresMembershipRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<Membership> find(GroupId group, AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT id, role, since FROM group_members "
                        + "WHERE group_id = :group AND account_id = :account")
                .bind("group", group.value())
                .bind("account", account.value())
                .map((rs, ctx) -> new Membership(rs.getObject("id", UUID.class), group, account, role(rs.getString("role")),
                        Sql.instant(rs, "since")))
                .findOne());
    }

    @Override
    public boolean add(Membership membership) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(ADD)
                .bind("id", membership.id())
                .bind("group", membership.group().value())
                .bind("account", membership.account().value())
                .bind("role", name(membership.role()))
                .bind("since", timestamp(membership.since()))
                .mapTo(Integer.class)
                .one() > 0);
    }

    @Override
    public boolean remove(GroupId group, AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(REMOVE)
                .bind("group", group.value())
                .bind("account", account.value())
                .mapTo(Integer.class)
                .one() > 0);
    }

    @Override
    public boolean changeRole(GroupId group, AccountId account, GroupRole role) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("UPDATE group_members SET role = :role "
                        + "WHERE group_id = :group AND account_id = :account")
                .bind("group", group.value())
                .bind("account", account.value())
                .bind("role", name(role))
                .execute() > 0);
    }

    // Above plain members, one range of group_members_staff.
    @Override
    public long countWithRole(GroupId group, GroupRole role) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT count(*) FROM group_members "
                        + "WHERE group_id = :group AND role = :role")
                .bind("group", group.value())
                .bind("role", name(role))
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<AccountId> withRoleAtLeast(GroupId group, GroupRole role) {
        String[] roles = Arrays.stream(GroupRole.values()).filter(r -> r.atLeast(role)).map(PostgresMembershipRepository::name)
                .toArray(String[]::new);
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT account_id FROM group_members "
                        + "WHERE group_id = :group AND role = ANY (CAST(:roles AS text[])) ORDER BY id")
                .bind("group", group.value())
                .bind("roles", roles)
                .map((rs, ctx) -> new AccountId(rs.getObject("account_id", UUID.class)))
                .list());
    }

    @Override
    public long countGroupsOf(AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT "
                        + "(SELECT count(*) FROM group_members WHERE account_id = :account) "
                        + "+ (SELECT count(*) FROM group_join_requests WHERE account_id = :account)")
                .bind("account", account.value())
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<Membership> membershipsOf(AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT id, group_id, role, since FROM group_members "
                        + "WHERE account_id = :account ORDER BY id")
                .bind("account", account.value())
                .map((rs, ctx) -> new Membership(rs.getObject("id", UUID.class), new GroupId(rs.getObject("group_id", UUID.class)),
                        account, role(rs.getString("role")), Sql.instant(rs, "since")))
                .list());
    }

    @Override
    public void eraseAllOf(AccountId account) {
        Sql.useHandle(jdbi, handle -> {
            handle.createUpdate(ERASE_MEMBERSHIPS).bind("account", account.value()).execute();
            handle.createUpdate("DELETE FROM group_join_requests WHERE account_id = :account").bind("account", account.value()).execute();
            handle.createUpdate("DELETE FROM group_bans WHERE account_id = :account").bind("account", account.value()).execute();
        });
    }

    @Override
    public boolean addRequest(JoinRequest request) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("INSERT INTO group_join_requests (id, group_id, account_id, at) "
                        + "VALUES (:id, :group, :account, :at) ON CONFLICT ON CONSTRAINT group_join_requests_pair DO NOTHING")
                .bind("id", request.id())
                .bind("group", request.group().value())
                .bind("account", request.account().value())
                .bind("at", timestamp(request.at()))
                .execute() > 0);
    }

    @Override
    public Optional<JoinRequest> findRequest(GroupId group, AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT id, at FROM group_join_requests "
                        + "WHERE group_id = :group AND account_id = :account")
                .bind("group", group.value())
                .bind("account", account.value())
                .map((rs, ctx) -> new JoinRequest(rs.getObject("id", UUID.class), group, account, Sql.instant(rs, "at")))
                .findOne());
    }

    @Override
    public boolean removeRequest(GroupId group, AccountId account) {
        return deleting("group_join_requests", group, account);
    }

    @Override
    public boolean addBan(Ban ban) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("INSERT INTO group_bans (id, group_id, account_id, by_id, at) "
                        + "VALUES (:id, :group, :account, :by, :at) ON CONFLICT ON CONSTRAINT group_bans_pair DO NOTHING")
                .bind("id", ban.id())
                .bind("group", ban.group().value())
                .bind("account", ban.account().value())
                .bind("by", ban.by().value())
                .bind("at", timestamp(ban.at()))
                .execute() > 0);
    }

    @Override
    public boolean isBanned(GroupId group, AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT EXISTS (SELECT 1 FROM group_bans "
                        + "WHERE group_id = :group AND account_id = :account)")
                .bind("group", group.value())
                .bind("account", account.value())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public boolean removeBan(GroupId group, AccountId account) {
        return deleting("group_bans", group, account);
    }

    private boolean deleting(String table, GroupId group, AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("DELETE FROM " + table
                        + " WHERE group_id = :group AND account_id = :account")
                .bind("group", group.value())
                .bind("account", account.value())
                .execute() > 0);
    }

    /** The stored name of a role. */
    static String name(GroupRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** The role of a stored name. */
    static GroupRole role(String name) {
        return GroupRole.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
