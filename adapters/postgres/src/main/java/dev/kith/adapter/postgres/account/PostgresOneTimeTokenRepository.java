package dev.kith.adapter.postgres.account;

import static dev.kith.adapter.postgres.internal.Sql.instant;
import static dev.kith.adapter.postgres.internal.Sql.optionalInstant;
import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.TokenHash;
import dev.kith.domain.account.TokenPurpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link OneTimeTokenRepository} on the {@code one_time_tokens} table. Thread-safe; joins the
 * transaction running on the calling thread.
 */
public final class PostgresOneTimeTokenRepository implements OneTimeTokenRepository {

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresOneTimeTokenRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(OneTimeToken token) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("INSERT INTO one_time_tokens "
                        + "(hash, account_id, purpose, created_at, expires_at, used_at) "
                        + "VALUES (:hash, :account, :purpose, :createdAt, :expiresAt, :usedAt)")
                .bind("hash", token.hash().hex())
                .bind("account", token.account().value())
                .bind("purpose", code(token.purpose()))
                .bind("createdAt", timestamp(token.createdAt()))
                .bind("expiresAt", timestamp(token.expiresAt()))
                .bind("usedAt", timestamp(token.usedAt()))
                .execute());
    }

    @Override
    public Optional<OneTimeToken> find(TokenPurpose purpose, TokenHash hash) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT hash, account_id, purpose, created_at, expires_at, used_at "
                        + "FROM one_time_tokens WHERE hash = :hash AND purpose = :purpose")
                .bind("hash", hash.hex())
                .bind("purpose", code(purpose))
                .map(PostgresOneTimeTokenRepository::token)
                .findOne());
    }

    @Override
    public boolean markUsed(TokenHash hash, Instant now) {
        // The condition on used_at makes this the atomic check-and-set: of two concurrent callers, the
        // second waits for the first's row lock, re-reads the row and matches nothing.
        return Sql.withHandle(jdbi, handle -> handle.createUpdate(
                        "UPDATE one_time_tokens SET used_at = :now WHERE hash = :hash AND used_at IS NULL")
                .bind("now", timestamp(now))
                .bind("hash", hash.hex())
                .execute()) == 1;
    }

    @Override
    public void invalidateAll(AccountId account, TokenPurpose purpose, Instant now) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("UPDATE one_time_tokens SET used_at = :now "
                        + "WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL")
                .bind("now", timestamp(now))
                .bind("account", account.value())
                .bind("purpose", code(purpose))
                .execute());
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        // served by one_time_tokens_expires_at (V4)
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("DELETE FROM one_time_tokens WHERE expires_at < :cutoff")
                .bind("cutoff", timestamp(cutoff))
                .execute());
    }

    @Override
    public Optional<Instant> lastIssuedAt(AccountId account, TokenPurpose purpose) {
        // served by one_time_tokens_account_purpose (account_id, purpose)
        return Sql.withHandle(jdbi, handle -> handle.createQuery(
                        "SELECT max(created_at) FROM one_time_tokens WHERE account_id = :account AND purpose = :purpose")
                .bind("account", account.value())
                .bind("purpose", code(purpose))
                .map((rs, ctx) -> rs.getObject(1, java.time.OffsetDateTime.class))
                .findOne()
                .map(java.time.OffsetDateTime::toInstant));
    }

    // Stored codes are spelled out rather than taken from name(), so renaming a constant can't orphan rows.
    private static String code(TokenPurpose purpose) {
        return switch (purpose) {
            case EMAIL_VERIFICATION -> "email_verification";
            case PASSWORD_RESET -> "password_reset";
        };
    }

    private static TokenPurpose purpose(String code) throws SQLException {
        return switch (code) {
            case "email_verification" -> TokenPurpose.EMAIL_VERIFICATION;
            case "password_reset" -> TokenPurpose.PASSWORD_RESET;
            default -> throw new SQLException("unknown token purpose " + code);
        };
    }

    private static OneTimeToken token(ResultSet rs, StatementContext context) throws SQLException {
        return new OneTimeToken(
                new TokenHash(rs.getString("hash")),
                new AccountId(rs.getObject("account_id", UUID.class)),
                purpose(rs.getString("purpose")),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                optionalInstant(rs, "used_at"));
    }
}
