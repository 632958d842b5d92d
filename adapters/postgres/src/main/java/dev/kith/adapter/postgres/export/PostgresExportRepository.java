package dev.kith.adapter.postgres.export;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.export.port.ExportRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportErrors;
import dev.kith.domain.export.ExportId;
import dev.kith.domain.export.ExportStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link ExportRepository} on {@code exports}; the partial unique index {@code exports_one_in_progress} keeps
 * one export in progress per account. Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresExportRepository implements ExportRepository {

    private static final String COLUMNS = "id, account_id, status, created_at, ready_at, expires_at, archive_key";
    private static final String ONE_IN_PROGRESS = "exports_one_in_progress";

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresExportRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(Export export) {
        Sql.useHandle(jdbi, handle -> {
            try {
                handle.createUpdate("INSERT INTO exports (" + COLUMNS + ") VALUES (:id, :account, :status, :createdAt, "
                                + ":readyAt, :expiresAt, :key)")
                        .bind("id", export.id().value())
                        .bind("account", export.account().value())
                        .bind("status", export.status().apiName())
                        .bind("createdAt", timestamp(export.createdAt()))
                        .bind("readyAt", timestamp(export.readyAt()))
                        .bind("expiresAt", timestamp(export.expiresAt()))
                        .bind("key", export.archiveKey())
                        .execute();
            } catch (JdbiException e) {
                if (Sql.violatedUniqueConstraint(e).filter(ONE_IN_PROGRESS::equals).isPresent()) {
                    throw new ExportErrors.ExportInProgress();
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<Export> find(ExportId id) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT " + COLUMNS + " FROM exports WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> export(rs))
                .findOne());
    }

    @Override
    public Optional<Export> latest(AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT " + COLUMNS + " FROM exports WHERE account_id = :account "
                        + "ORDER BY created_at DESC, id DESC LIMIT 1")
                .bind("account", account.value())
                .map((rs, ctx) -> export(rs))
                .findOne());
    }

    @Override
    public void update(Export export) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("UPDATE exports SET status = :status, ready_at = :readyAt, "
                        + "expires_at = :expiresAt WHERE id = :id")
                .bind("id", export.id().value())
                .bind("status", export.status().apiName())
                .bind("readyAt", timestamp(export.readyAt()))
                .bind("expiresAt", timestamp(export.expiresAt()))
                .execute());
    }

    @Override
    public List<Export> deleteExpired(Instant now, int limit) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("DELETE FROM exports WHERE id IN ("
                        + "SELECT id FROM exports WHERE status = 'ready' AND expires_at <= :now ORDER BY expires_at LIMIT :limit "
                        + "FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)
                .bind("now", timestamp(now))
                .bind("limit", limit)
                .map((rs, ctx) -> export(rs))
                .list());
    }

    @Override
    public List<Export> deleteAllOf(AccountId account) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("DELETE FROM exports WHERE account_id = :account RETURNING " + COLUMNS)
                .bind("account", account.value())
                .map((rs, ctx) -> export(rs))
                .list());
    }

    private static Export export(ResultSet rs) throws SQLException {
        return Export.restore(new ExportId(rs.getObject("id", UUID.class)), new AccountId(rs.getObject("account_id", UUID.class)),
                ExportStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), Sql.instant(rs, "created_at"),
                Sql.optionalInstant(rs, "ready_at"), Sql.optionalInstant(rs, "expires_at"), rs.getString("archive_key"));
    }
}
