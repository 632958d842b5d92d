package dev.kith.adapter.postgres.account;

import static dev.kith.adapter.postgres.internal.Sql.instant;
import static dev.kith.adapter.postgres.internal.Sql.optionalInstant;
import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.PasswordHash;
import dev.kith.domain.account.Profile;
import dev.kith.domain.account.Username;
import dev.kith.domain.shared.MediaId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link AccountRepository} on the {@code accounts} table, with optimistic locking on {@code version}.
 * Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresAccountRepository implements AccountRepository {

    // Named in V1__accounts.sql; a unique violation names the index, which tells which value is taken.
    private static final String USERNAME_INDEX = "accounts_username_unique";
    private static final String EMAIL_INDEX = "accounts_email_unique";

    private static final String COLUMNS = "id, username, email, password_hash, email_verified_at, display_name, bio, "
            + "avatar_media_id, is_private, created_at, version";

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresAccountRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(Account account) {
        Sql.useHandle(jdbi, handle -> translatingUniqueViolations(() ->
                bindAccount(handle.createUpdate("INSERT INTO accounts (" + COLUMNS + ") VALUES (:id, :username, :email, "
                        + ":passwordHash, :emailVerifiedAt, :displayName, :bio, :avatar, :isPrivate, :createdAt, :version)"), account)
                        .bind("createdAt", timestamp(account.createdAt()))
                        .execute()));
    }

    @Override
    public void update(Account account) {
        Sql.useHandle(jdbi, handle -> {
            int rows = translatingUniqueViolations(() ->
                    bindAccount(handle.createUpdate("UPDATE accounts SET username = :username, email = :email, "
                            + "password_hash = :passwordHash, email_verified_at = :emailVerifiedAt, display_name = :displayName, "
                            + "bio = :bio, avatar_media_id = :avatar, "
                            // the avatar's thumbnail, kept on the row every author and list reads
                            + "avatar_key = (SELECT coalesce(m.thumbnail_key, m.file_key) FROM media m WHERE m.id = :avatar), "
                            + "is_private = :isPrivate, version = version + 1 "
                            + "WHERE id = :id AND version = :version"), account)
                            .execute());
            if (rows == 0) {
                throw exists(handle, account.id())
                        ? new AccountErrors.ConcurrentAccountChange()
                        : new AccountErrors.AccountNotFound();
            }
        });
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return findOne("id = :key", id.value());
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        // lower() on both sides, so the look-up uses the same function as the unique index.
        return findOne("lower(username) = lower(:key)", username.value());
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return findOne("lower(email) = lower(:key)", email.value());
    }

    @Override
    public void delete(AccountId id) {
        // Tokens and sessions go with the account through ON DELETE CASCADE.
        Sql.useHandle(jdbi, handle -> handle.createUpdate("DELETE FROM accounts WHERE id = :id")
                .bind("id", id.value())
                .execute());
    }

    private Optional<Account> findOne(String condition, Object key) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE " + condition)
                .bind("key", key)
                .map(PostgresAccountRepository::account)
                .findOne());
    }

    private static boolean exists(Handle handle, AccountId id) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM accounts WHERE id = :id)")
                .bind("id", id.value())
                .mapTo(Boolean.class)
                .one();
    }

    private static <S extends SqlStatement<S>> S bindAccount(S statement, Account account) {
        Profile profile = account.profile();
        return statement
                .bind("id", account.id().value())
                .bind("username", account.username().value())
                .bind("email", account.email().value())
                .bind("passwordHash", account.passwordHash().encoded())
                .bind("emailVerifiedAt", timestamp(account.emailVerifiedAt()))
                .bind("displayName", profile.displayName().orElse(null))
                .bind("bio", profile.bio().orElse(null))
                .bind("avatar", profile.avatar().map(MediaId::value).orElse(null))
                .bind("isPrivate", profile.isPrivate())
                .bind("version", account.version());
    }

    private static int translatingUniqueViolations(UpdateCall call) {
        try {
            return call.execute();
        } catch (JdbiException e) {
            String constraint = Sql.violatedUniqueConstraint(e).orElse("");
            if (constraint.equals(USERNAME_INDEX)) {
                throw new AccountErrors.UsernameTaken();
            }
            if (constraint.equals(EMAIL_INDEX)) {
                throw new AccountErrors.EmailTaken();
            }
            throw e;
        }
    }

    private static Account account(ResultSet rs, StatementContext context) throws SQLException {
        Profile profile = new Profile(
                Optional.ofNullable(rs.getString("display_name")),
                Optional.ofNullable(rs.getString("bio")),
                Optional.ofNullable(rs.getObject("avatar_media_id", UUID.class)).map(MediaId::new),
                rs.getBoolean("is_private"));
        return Account.restore(
                new AccountId(rs.getObject("id", UUID.class)),
                new Username(rs.getString("username")),
                new EmailAddress(rs.getString("email")),
                new PasswordHash(rs.getString("password_hash")),
                optionalInstant(rs, "email_verified_at"),
                profile,
                instant(rs, "created_at"),
                rs.getLong("version"));
    }

    /** A statement execution that may violate a unique index. */
    @FunctionalInterface
    private interface UpdateCall {
        int execute();
    }
}
