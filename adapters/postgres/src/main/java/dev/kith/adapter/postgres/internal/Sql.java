package dev.kith.adapter.postgres.internal;

import dev.kith.adapter.postgres.PostgresFailure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What every PostgreSQL repository needs: running on the caller's handle with JDBI exceptions
 * turned into {@link PostgresFailure}, and exact conversion of instants. Not API.
 */
public final class Sql {

    /** SQLState of a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /**
     * Runs {@code callback} on the handle of the transaction running on this thread, or on a fresh
     * one (JDBI binds handles to the thread, which is how repositories join the {@code Transactor}).
     */
    public static <R> R withHandle(Jdbi jdbi, HandleCallback<R, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw failure(e);
        }
    }

    /** {@link #withHandle} for work without a result. */
    public static void useHandle(Jdbi jdbi, HandleConsumer<RuntimeException> consumer) {
        try {
            jdbi.useHandle(consumer);
        } catch (JdbiException e) {
            throw failure(e);
        }
    }

    /**
     * What a JDBI fault means to the caller: the domain error of a foreign-key violation that a race
     * caused (see {@link IntegrityViolations}), or else a {@link PostgresFailure}.
     */
    public static RuntimeException failure(JdbiException e) {
        return IntegrityViolations.meaningOf(e).<RuntimeException>map(meaning -> meaning)
                .orElseGet(() -> new PostgresFailure("PostgreSQL failed: " + e.getMessage(), e));
    }

    /** The name of the unique index or constraint {@code e} violated, if it is a unique violation. */
    public static Optional<String> violatedUniqueConstraint(JdbiException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return Optional.ofNullable(message == null ? null : message.getConstraint());
            }
        }
        return Optional.empty();
    }

    /**
     * The value to bind for a {@code timestamptz}: an {@link OffsetDateTime} in UTC, which the driver
     * sends with its offset, so neither the JVM's nor the session's time zone can shift it.
     */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** {@link #timestamp} for a nullable column. */
    public static OffsetDateTime timestamp(Optional<Instant> instant) {
        return instant.map(Sql::timestamp).orElse(null);
    }

    /** Reads a non-null {@code timestamptz} column. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return optionalInstant(rs, column).orElseThrow(() -> new SQLException(column + " is null"));
    }

    /** Reads a nullable {@code timestamptz} column. */
    public static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
