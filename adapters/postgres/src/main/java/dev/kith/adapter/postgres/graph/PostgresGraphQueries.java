package dev.kith.adapter.postgres.graph;

import dev.kith.application.graph.ViewerScope;
import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.Audience;
import dev.kith.domain.graph.Relationship;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link GraphQueries} on {@code follows}, {@code blocks} and {@code accounts}: each method is one
 * statement, each list a keyset range of one index ({@code follows_by_followee} or
 * {@code follows_by_follower}) joined to the accounts it names. Thread-safe.
 */
public final class PostgresGraphQueries implements GraphQueries {

    private static final String AUDIENCE = "SELECT o.is_private, "
            + VisibilitySql.follows(":viewer", "o.id") + " AS following, "
            + VisibilitySql.follows("o.id", ":viewer") + " AS followed_by, "
            + VisibilitySql.asked(":viewer", "o.id") + " AS requested, "
            + VisibilitySql.blocks(":viewer", "o.id") + " AS blocking, "
            + VisibilitySql.blocks("o.id", ":viewer") + " AS blocked_by "
            + "FROM accounts o WHERE o.id = :owner";

    // %1$s: the column naming the listed account; %2$s: the column naming the list's owner.
    private static final String LIST = "SELECT f.id AS key, " + Rows.SUMMARY + " "
            + "FROM follows f JOIN accounts a ON a.id = f.%1$s "
            + "WHERE f.%2$s = :account AND f.state = :state AND f.id < :after %3$s "
            + "ORDER BY f.id DESC LIMIT :limit";

    private static final String FOLLOWERS = String.format(LIST, "follower_id", "followee_id", "AND " + VisibilitySql.notBlockedEitherWay("f.follower_id"));
    private static final String FOLLOWING = String.format(LIST, "followee_id", "follower_id", "AND " + VisibilitySql.notBlockedEitherWay("f.followee_id"));
    private static final String PENDING = String.format(LIST, "follower_id", "followee_id", "");

    private final Jdbi jdbi;

    /** Queries on the database of {@code jdbi}. */
    public PostgresGraphQueries(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<Audience> audience(AccountId viewer, AccountId owner) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(AUDIENCE)
                .bind("viewer", viewer.value())
                .bind("owner", owner.value())
                .map((rs, ctx) -> new Audience(viewer, owner, rs.getBoolean("is_private"), new Relationship(
                        rs.getBoolean("following"), rs.getBoolean("followed_by"), rs.getBoolean("requested"),
                        rs.getBoolean("blocking"), rs.getBoolean("blocked_by"))))
                .findOne());
    }

    @Override
    public List<Keyed<UUID, AccountSummary>> followers(AccountId account, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return list(FOLLOWERS, account, Optional.of(viewer), "following", after, limit);
    }

    @Override
    public List<Keyed<UUID, AccountSummary>> following(AccountId account, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return list(FOLLOWING, account, Optional.of(viewer), "following", after, limit);
    }

    @Override
    public List<Keyed<UUID, AccountSummary>> pendingRequests(AccountId account, Optional<UUID> after, int limit) {
        return list(PENDING, account, Optional.empty(), "requested", after, limit);
    }

    @Override
    public List<Keyed<String, AccountSummary>> blocked(AccountId account, Optional<String> after, int limit) {
        // the primary key (blocker_id, blocked_id) finds the account's blocks; they are few, so sorting them is cheap
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT lower(a.username COLLATE pg_c_utf8) AS key, "
                        + Rows.SUMMARY + " FROM blocks b JOIN accounts a ON a.id = b.blocked_id "
                        + "WHERE b.blocker_id = :account AND lower(a.username COLLATE pg_c_utf8) > :after "
                        + "ORDER BY key LIMIT :limit")
                .bind("account", account.value())
                .bind("after", after.orElse(""))
                .bind("limit", limit)
                .map((rs, ctx) -> new Keyed<>(rs.getString("key"), Rows.summary(rs)))
                .list());
    }

    private List<Keyed<UUID, AccountSummary>> list(String sql, AccountId account, Optional<AccountId> viewer, String state,
                                                    Optional<UUID> after, int limit) {
        return Sql.withHandle(jdbi, handle -> {
            var query = handle.createQuery(sql)
                    .bind("account", account.value())
                    .bind("state", state)
                    .bind("after", after.orElse(Rows.NEWEST))
                    .bind("limit", limit);
            viewer.ifPresent(v -> query.bind("viewer", v.value()));
            return query.map((rs, ctx) -> new Keyed<>(rs.getObject("key", UUID.class), Rows.summary(rs))).list();
        });
    }
}
