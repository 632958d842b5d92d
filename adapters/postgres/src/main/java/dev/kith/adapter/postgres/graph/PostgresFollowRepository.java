package dev.kith.adapter.postgres.graph;

import dev.kith.adapter.postgres.internal.VisibilitySql;
import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.PostgresFailure;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.FollowId;
import dev.kith.domain.graph.FollowState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link FollowRepository} and {@link PendingFollowRequests} on the {@code follows} table. Each change and
 * its counter updates are one statement: the counters move only by the rows that statement really
 * inserted, deleted or accepted (data-modifying CTEs with RETURNING), so they stay exact under concurrent
 * calls. The home timelines are not its business: the content context keeps them from the graph's events.
 * Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresFollowRepository implements FollowRepository, PendingFollowRequests {

    // Counts a follow of :followee by :follower on both accounts, when the CTE named in %s changed an
    // accepted follow. Both rows are updated by one statement, locked in index order, so two opposite
    // follows can't deadlock on each other.
    private static final String COUNT = "UPDATE accounts SET "
            + "followers_count = followers_count %1$s (id = :followee)::int, "
            + "following_count = following_count %1$s (id = :follower)::int "
            + "WHERE id IN (:follower, :followee) AND EXISTS (SELECT 1 FROM %2$s WHERE " + VisibilitySql.accepted(null) + ")";

    private static final int ADD_ATTEMPTS = 3;

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresFollowRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<FollowState> find(AccountId follower, AccountId followee) {
        return Sql.withHandle(jdbi, handle -> find(handle, follower, followee));
    }

    @Override
    public Stored add(FollowId id, AccountId follower, AccountId followee, FollowState state, Instant now) {
        return Sql.withHandle(jdbi, handle -> {
            // The existing follow can vanish between a refused insert and the read that follows it (a
            // concurrent unfollow); then the insert is tried again.
            for (int attempt = 0; attempt < ADD_ATTEMPTS; attempt++) {
                Optional<FollowState> inserted = handle.createQuery("WITH inserted AS ("
                                + "INSERT INTO follows (id, follower_id, followee_id, state, created_at, accepted_at) "
                                + "VALUES (:id, :follower, :followee, :state, :now, :acceptedAt) "
                                + "ON CONFLICT (follower_id, followee_id) DO NOTHING RETURNING state), "
                                + "counted AS (" + String.format(COUNT, "+", "inserted") + ") "
                                + "SELECT state FROM inserted")
                        .bind("id", id.value())
                        .bind("follower", follower.value())
                        .bind("followee", followee.value())
                        .bind("state", name(state))
                        .bind("now", timestamp(now))
                        .bind("acceptedAt", state == FollowState.FOLLOWING ? timestamp(now) : null)
                        .map((rs, ctx) -> state(rs.getString("state")))
                        .findOne();
                if (inserted.isPresent()) {
                    return new Stored(inserted.get(), true);
                }
                Optional<FollowState> existing = find(handle, follower, followee);
                if (existing.isPresent()) {
                    return new Stored(existing.get(), false);
                }
            }
            throw new PostgresFailure("the follow of " + followee + " by " + follower + " keeps changing", null);
        });
    }

    @Override
    public Optional<FollowState> remove(AccountId follower, AccountId followee) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("WITH removed AS ("
                            + "DELETE FROM follows WHERE follower_id = :follower AND followee_id = :followee RETURNING state), "
                            + "counted AS (" + String.format(COUNT, "-", "removed") + ") "
                            + "SELECT state FROM removed")
                    .bind("follower", follower.value())
                    .bind("followee", followee.value())
                    .map((rs, ctx) -> state(rs.getString("state")))
                    .findOne());
    }

    @Override
    public boolean accept(AccountId follower, AccountId followee, Instant now) {
        // A concurrent accept waits for this row lock, then finds the state changed and accepts nothing.
        return Sql.withHandle(jdbi, handle -> handle.createQuery("WITH accepted AS ("
                            + "UPDATE follows SET state = " + VisibilitySql.FOLLOWING + ", accepted_at = :now "
                            + "WHERE follower_id = :follower AND followee_id = :followee AND state = " + VisibilitySql.REQUESTED + " RETURNING state), "
                            + "counted AS (" + String.format(COUNT, "+", "accepted") + ") "
                            + "SELECT count(*) FROM accepted")
                    .bind("follower", follower.value())
                    .bind("followee", followee.value())
                    .bind("now", timestamp(now))
                    .mapTo(Integer.class)
                    .one() == 1);
    }

    @Override
    public List<AccountId> acceptAll(AccountId account, Instant now) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("WITH accepted AS ("
                            + "UPDATE follows SET state = " + VisibilitySql.FOLLOWING + ", accepted_at = :now "
                            + "WHERE followee_id = :account AND state = " + VisibilitySql.REQUESTED + " RETURNING follower_id), "
                            + "followers AS (UPDATE accounts SET following_count = following_count + 1 "
                            + "WHERE id IN (SELECT follower_id FROM accepted)), "
                            + "owner AS (UPDATE accounts SET followers_count = followers_count + (SELECT count(*) FROM accepted) "
                            + "WHERE id = :account AND EXISTS (SELECT 1 FROM accepted)) "
                            + "SELECT follower_id FROM accepted")
                    .bind("account", account.value())
                    .bind("now", timestamp(now))
                    .map((rs, ctx) -> new AccountId(rs.getObject(1, UUID.class)))
                    .list());
    }

    private static Optional<FollowState> find(Handle handle, AccountId follower, AccountId followee) {
        return handle.createQuery("SELECT state FROM follows WHERE follower_id = :follower AND followee_id = :followee")
                .bind("follower", follower.value())
                .bind("followee", followee.value())
                .map((rs, ctx) -> state(rs.getString("state")))
                .findOne();
    }

    private static String name(FollowState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static FollowState state(String name) {
        return FollowState.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
