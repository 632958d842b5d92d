package dev.kith.adapter.postgres.account;

import static dev.kith.adapter.postgres.internal.Sql.instant;
import static dev.kith.adapter.postgres.internal.Sql.optionalInstant;
import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import dev.kith.domain.account.RefreshToken;
import dev.kith.domain.account.TokenHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link RefreshTokenRepository} on the {@code login_sessions} and {@code refresh_tokens} tables.
 * Revocation is recorded once on the session, so revoking a login touches one row however many
 * tokens it issued. Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresRefreshTokenRepository implements RefreshTokenRepository {

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresRefreshTokenRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void startSession(LoginSessionId session, AccountId account, Instant now) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate(
                        "INSERT INTO login_sessions (id, account_id, created_at) VALUES (:id, :account, :now)")
                .bind("id", session.value())
                .bind("account", account.value())
                .bind("now", timestamp(now))
                .execute());
    }

    @Override
    public void add(RefreshToken token) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("INSERT INTO refresh_tokens "
                        + "(hash, session_id, account_id, issued_at, expires_at, spent_at) "
                        + "VALUES (:hash, :session, :account, :issuedAt, :expiresAt, :spentAt)")
                .bind("hash", token.hash().hex())
                .bind("session", token.session().value())
                .bind("account", token.account().value())
                .bind("issuedAt", timestamp(token.issuedAt()))
                .bind("expiresAt", timestamp(token.expiresAt()))
                .bind("spentAt", timestamp(token.spentAt()))
                .execute());
    }

    @Override
    public Optional<RefreshToken> find(TokenHash hash) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT t.hash, t.session_id, t.account_id, t.issued_at, "
                        + "t.expires_at, t.spent_at, s.revoked_at IS NOT NULL AS session_revoked "
                        + "FROM refresh_tokens t JOIN login_sessions s ON s.id = t.session_id WHERE t.hash = :hash")
                .bind("hash", hash.hex())
                .map(PostgresRefreshTokenRepository::token)
                .findOne());
    }

    @Override
    public boolean markSpent(TokenHash hash, Instant now) {
        // Conditional update = atomic check-and-set; a concurrent second caller re-reads the row and matches nothing.
        return Sql.withHandle(jdbi, handle -> handle.createUpdate(
                        "UPDATE refresh_tokens SET spent_at = :now WHERE hash = :hash AND spent_at IS NULL")
                .bind("now", timestamp(now))
                .bind("hash", hash.hex())
                .execute()) == 1;
    }

    @Override
    public void revokeSession(LoginSessionId session, Instant now) {
        // Keeps the first revocation time when revoked twice.
        Sql.useHandle(jdbi, handle -> handle.createUpdate(
                        "UPDATE login_sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", timestamp(now))
                .bind("id", session.value())
                .execute());
    }

    @Override
    public List<LoginSessionId> revokeAllSessions(AccountId account, Instant now) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(
                        "UPDATE login_sessions SET revoked_at = :now WHERE account_id = :account AND revoked_at IS NULL RETURNING id")
                .bind("now", timestamp(now))
                .bind("account", account.value())
                .mapTo(UUID.class)
                .map(LoginSessionId::new)
                .list());
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        // a login goes when its newest token has expired; refresh_tokens_session_expiry (V4) answers that per login
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("DELETE FROM login_sessions s WHERE NOT EXISTS "
                        + "(SELECT 1 FROM refresh_tokens t WHERE t.session_id = s.id AND t.expires_at >= :cutoff)")
                .bind("cutoff", timestamp(cutoff))
                .execute());
    }

    private static RefreshToken token(ResultSet rs, StatementContext context) throws SQLException {
        return new RefreshToken(
                new TokenHash(rs.getString("hash")),
                new LoginSessionId(rs.getObject("session_id", UUID.class)),
                new AccountId(rs.getObject("account_id", UUID.class)),
                instant(rs, "issued_at"),
                instant(rs, "expires_at"),
                optionalInstant(rs, "spent_at"),
                rs.getBoolean("session_revoked"));
    }
}
