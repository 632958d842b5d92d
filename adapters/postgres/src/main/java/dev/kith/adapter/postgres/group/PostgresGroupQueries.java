package dev.kith.adapter.postgres.group;

import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.application.graph.ViewerScope;
import dev.kith.application.group.port.AccountSince;
import dev.kith.application.group.port.GroupQueries;
import dev.kith.application.group.port.GroupView;
import dev.kith.application.group.port.MemberView;
import dev.kith.application.group.port.ModerationEntryView;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.ModerationAction;
import dev.kith.domain.shared.InvalidInput;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link GroupQueries} on the group tables (see the V12 migration): every method is one statement, the
 * viewer's role and pending request probed in the same statement as the groups (one probe of each pair key
 * per group), the accounts joined in the same statement as the rows they belong to, every list a keyset range
 * of an index (never OFFSET), accounts blocked either way with the viewer left out by
 * {@link VisibilitySql}'s fragment. Thread-safe.
 */
public final class PostgresGroupQueries implements GroupQueries {

    // The search key, written exactly as the index expression (groups_search) so that the planner uses it.
    private static final String NAME_KEY = "lower(g.name COLLATE pg_c_utf8)";

    // A group as :viewer sees it, from groups g.
    private static final String VIEW = PostgresGroupRepository.COLUMNS + ", g.members_count, "
            + "(SELECT vm.role FROM group_members vm WHERE vm.group_id = g.id AND vm.account_id = :viewer) AS my_role, "
            + "EXISTS (SELECT 1 FROM group_join_requests vr WHERE vr.group_id = g.id AND vr.account_id = :viewer) AS requested";

    private static final String GROUP = "SELECT " + VIEW + " FROM groups g WHERE g.id = :group";

    // One ordered range of groups_search: the LIKE prefix and the keyset row comparison bound it, the ORDER
    // BY reads it in index order, so the page stops after :limit rows.
    static final String SEARCH = "SELECT " + NAME_KEY + " AS name_key, " + VIEW + " FROM groups g "
            + "WHERE " + NAME_KEY + " LIKE :pattern AND (" + NAME_KEY + ", g.id) > (CAST(:afterName AS text), CAST(:afterId AS uuid)) "
            + "ORDER BY " + NAME_KEY + ", g.id LIMIT :limit";

    // The viewer's memberships in the order joined (group_members_by_account), each group fetched by its key.
    private static final String GROUPS_OF = "SELECT m.id AS key, " + VIEW + " FROM group_members m JOIN groups g ON g.id = m.group_id "
            + "WHERE m.account_id = :viewer AND m.id > :after ORDER BY m.id LIMIT :limit";

    private static final String MEMBER = "SELECT m.role, m.since, " + Rows.SUMMARY + " "
            + "FROM group_members m JOIN accounts a ON a.id = m.account_id WHERE m.group_id = :group AND m.account_id = :account";

    private static final String MEMBERS = "SELECT m.id AS key, m.role, m.since, " + Rows.SUMMARY + " "
            + "FROM group_members m JOIN accounts a ON a.id = m.account_id "
            + "WHERE m.group_id = :group AND m.id > :after AND " + VisibilitySql.notBlockedEitherWay("m.account_id") + " "
            + "ORDER BY m.id LIMIT :limit";

    // requests and bans: the same shape on their own tables (group_join_requests_by_group, group_bans_by_group)
    private static final String ACCOUNTS_SINCE = "SELECT r.id AS key, r.at, " + Rows.SUMMARY + " "
            + "FROM %s r JOIN accounts a ON a.id = r.account_id "
            + "WHERE r.group_id = :group AND r.id > :after AND " + VisibilitySql.notBlockedEitherWay("r.account_id") + " "
            + "ORDER BY r.id LIMIT :limit";

    private static final String REQUESTS = String.format(ACCOUNTS_SINCE, "group_join_requests");
    private static final String BANS = String.format(ACCOUNTS_SINCE, "group_bans");

    // Newest first (group_moderation_log_by_group); the accounts of erased actors and subjects are null.
    private static final String LOG = "SELECT l.id, l.action, l.detail, l.at, " + Rows.summaryOf("x") + ", " + Rows.summaryOf("s") + " "
            + "FROM group_moderation_log l LEFT JOIN accounts x ON x.id = l.actor_id LEFT JOIN accounts s ON s.id = l.subject_id "
            + "WHERE l.group_id = :group AND l.id < :before ORDER BY l.id DESC LIMIT :limit";

    private final Jdbi jdbi;

    /** Queries on the database of {@code jdbi}. */
    public PostgresGroupQueries(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<GroupView> group(GroupId id, AccountId viewer) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(GROUP)
                .bind("group", id.value())
                .bind("viewer", viewer.value())
                .map((rs, ctx) -> view(rs))
                .findOne());
    }

    @Override
    public List<Keyed<String, GroupView>> search(String prefix, AccountId viewer, Optional<String> after, int limit) {
        String afterName = "";
        UUID afterId = Rows.OLDEST;
        if (after.isPresent()) {
            String key = after.get();
            int separator = key.lastIndexOf(KEY_SEPARATOR);
            try {
                afterId = UUID.fromString(key.substring(separator + 1));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw InvalidInput.field("cursor", "is not one this search returned");
            }
            if (separator < 0) {
                throw InvalidInput.field("cursor", "is not one this search returned");
            }
            afterName = key.substring(0, separator);
        }
        String name = afterName;
        UUID id = afterId;
        return Sql.withHandle(jdbi, handle -> handle.createQuery(SEARCH)
                .bind("pattern", Rows.startsWith(prefix))
                // The empty string sorts before every name (names are never empty): the first page is the same statement.
                .bind("afterName", name)
                .bind("afterId", id)
                .bind("viewer", viewer.value())
                .bind("limit", limit)
                .map((rs, ctx) -> new Keyed<>(rs.getString("name_key") + KEY_SEPARATOR + rs.getObject("id", UUID.class), view(rs)))
                .list());
    }

    @Override
    public List<Keyed<UUID, GroupView>> groupsOf(AccountId viewer, Optional<UUID> after, int limit) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(GROUPS_OF)
                .bind("viewer", viewer.value())
                .bind("after", after.orElse(Rows.OLDEST))
                .bind("limit", limit)
                .map((rs, ctx) -> new Keyed<>(rs.getObject("key", UUID.class), view(rs)))
                .list());
    }

    @Override
    public Optional<MemberView> member(GroupId group, AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(MEMBER)
                .bind("group", group.value())
                .bind("account", account.value())
                .map((rs, ctx) -> memberView(rs))
                .findOne());
    }

    @Override
    public List<Keyed<UUID, MemberView>> members(GroupId group, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> handle.createQuery(MEMBERS)
                .bind("group", group.value())
                .bind("viewer", viewer.value())
                .bind("after", after.orElse(Rows.OLDEST))
                .bind("limit", limit)
                .map((rs, ctx) -> new Keyed<>(rs.getObject("key", UUID.class), memberView(rs)))
                .list());
    }

    @Override
    public List<Keyed<UUID, AccountSince>> requests(GroupId group, ViewerScope scope, Optional<UUID> after, int limit) {
        return accountsSince(REQUESTS, group, scope, after, limit);
    }

    @Override
    public List<Keyed<UUID, AccountSince>> bans(GroupId group, ViewerScope scope, Optional<UUID> after, int limit) {
        return accountsSince(BANS, group, scope, after, limit);
    }

    private List<Keyed<UUID, AccountSince>> accountsSince(String sql, GroupId group, ViewerScope scope, Optional<UUID> after,
                                                        int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> handle.createQuery(sql)
                .bind("group", group.value())
                .bind("viewer", viewer.value())
                .bind("after", after.orElse(Rows.OLDEST))
                .bind("limit", limit)
                .map((rs, ctx) -> new Keyed<>(rs.getObject("key", UUID.class), new AccountSince(Rows.summary(rs), Sql.instant(rs, "at"))))
                .list());
    }

    @Override
    public List<ModerationEntryView> log(GroupId group, Optional<UUID> before, int limit) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(LOG)
                .bind("group", group.value())
                .bind("before", before.orElse(Rows.NEWEST))
                .bind("limit", limit)
                .map((rs, ctx) -> new ModerationEntryView(rs.getObject("id", UUID.class), optionalSummary(rs, "x"),
                        ModerationAction.valueOf(rs.getString("action")), optionalSummary(rs, "s"), rs.getString("detail"),
                        Sql.instant(rs, "at")))
                .list());
    }

    private static Optional<dev.kith.application.account.port.AccountSummary> optionalSummary(ResultSet rs, String alias)
            throws SQLException {
        return rs.getObject(alias + "_id", UUID.class) == null ? Optional.empty() : Optional.of(Rows.summary(rs, alias));
    }

    private static MemberView memberView(ResultSet rs) throws SQLException {
        return new MemberView(Rows.summary(rs), PostgresMembershipRepository.role(rs.getString("role")), Sql.instant(rs, "since"));
    }

    private static GroupView view(ResultSet rs) throws SQLException {
        return new GroupView(PostgresGroupRepository.group(rs), rs.getLong("members_count"),
                Optional.ofNullable(rs.getString("my_role")).map(PostgresMembershipRepository::role), rs.getBoolean("requested"));
    }
}
