package dev.kith.adapter.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tells whether PostgreSQL answers, for a readiness probe. Thread-safe.
 *
 * <p>The check runs {@code SELECT 1} on a connection of its own, opened on the first check and again after
 * a failure, never on one borrowed from the request pool: a node whose pool is busy with requests is busy,
 * not down, and a check queued behind those requests would time out and call it down. The connection's
 * connect, login and socket timeouts bound each check, so a database that cannot be reached (nothing
 * listening, a host that does not answer) is reported as such within about one timeout.
 */
public final class PostgresHealth implements AutoCloseable {

    /** How long one check may take unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    private final DatabaseUrl url;
    private final Duration timeout;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean closed;
    private Connection connection; // guarded by lock

    /**
     * A check on the database at {@code url}, whose connecting, logging in and each read give up after
     * {@code timeout} (whole seconds, at least one, as the driver counts them).
     */
    PostgresHealth(DatabaseUrl url, Duration timeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /**
     * Whether {@code SELECT 1} succeeds on the check's own connection. A connection kept from an earlier
     * check that fails (the server restarted since) is replaced and tried once more. Never throws: a probe
     * wants a yes or no. Checks run one at a time; one that cannot start within the timeout, because
     * another is stuck, answers no.
     */
    public boolean isReachable() {
        if (closed) {
            return false;
        }
        try {
            if (!lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (closed) {
                return false;
            }
            boolean kept = connection != null;
            return answers() || (kept && answers());
        } finally {
            lock.unlock();
        }
    }

    private boolean answers() {
        try {
            if (connection == null) {
                connection = open();
            }
            try (Statement statement = connection.createStatement()) {
                return statement.execute("SELECT 1");
            }
        } catch (SQLException | RuntimeException e) {
            discard();
            return false;
        }
    }

    private Connection open() throws SQLException {
        String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
        Properties properties = new Properties();
        url.user().ifPresent(user -> properties.setProperty("user", user));
        url.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty("ApplicationName", "kith-health");
        Connection opened = DRIVER.connect(url.jdbcUrl(), properties);
        if (opened == null) {
            throw new SQLException("the PostgreSQL driver does not take " + url);
        }
        return opened;
    }

    private void discard() {
        Connection broken = connection;
        connection = null;
        if (broken != null) {
            try {
                broken.close();
            } catch (SQLException e) {
                // the connection is going away either way
            }
        }
    }

    /**
     * Closes the check's connection; later checks answer no. Waits for a check in progress, which its
     * timeouts bound. Closing twice does nothing.
     */
    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            discard();
        } finally {
            lock.unlock();
        }
    }
}
