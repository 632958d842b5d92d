package dev.kith.adapter.postgres.graph;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link BlockRepository} on the {@code blocks} table. Removing the follows a block ends is the use
 * case's work, through {@link PostgresFollowRepository}. Thread-safe; joins the transaction running on
 * the calling thread.
 */
public final class PostgresBlockRepository implements BlockRepository {

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresBlockRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public boolean add(AccountId blocker, AccountId blocked, Instant now) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("INSERT INTO blocks (blocker_id, blocked_id, created_at) "
                        + "VALUES (:blocker, :blocked, :now) ON CONFLICT DO NOTHING")
                .bind("blocker", blocker.value())
                .bind("blocked", blocked.value())
                .bind("now", timestamp(now))
                .execute() == 1);
    }

    @Override
    public boolean remove(AccountId blocker, AccountId blocked) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("DELETE FROM blocks WHERE blocker_id = :blocker AND blocked_id = :blocked")
                .bind("blocker", blocker.value())
                .bind("blocked", blocked.value())
                .execute() == 1);
    }
}
