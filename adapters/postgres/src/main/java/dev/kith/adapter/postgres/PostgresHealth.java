package dev.kith.adapter.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/** Tells whether PostgreSQL answers, for a readiness probe. Thread-safe. */
public final class PostgresHealth {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final Duration timeout;

    /** A check on {@code dataSource} whose query gives up after two seconds. */
    public PostgresHealth(DataSource dataSource) {
        this(dataSource, DEFAULT_TIMEOUT);
    }

    /** A check on {@code dataSource} whose query gives up after {@code timeout} (whole seconds, at least one). */
    public PostgresHealth(DataSource dataSource, Duration timeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Whether {@code SELECT 1} succeeds. Never throws: a probe wants a yes or no. Borrowing the connection
     * is bounded by the pool's own connection timeout.
     */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            return statement.execute("SELECT 1");
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
