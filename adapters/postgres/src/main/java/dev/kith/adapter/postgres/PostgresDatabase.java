package dev.kith.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * A connected, migrated PostgreSQL database: a HikariCP pool, the schema brought up to date by Flyway,
 * and the {@link Jdbi} that the transactor and the repositories share. Thread-safe; close it last.
 */
public final class PostgresDatabase implements AutoCloseable {

    /** Connections in the pool unless told otherwise. */
    public static final int DEFAULT_POOL_SIZE = 10;

    // A request that can't get a connection within this fails fast instead of piling up behind the pool.
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final PostgresHealth health;

    private PostgresDatabase(HikariDataSource dataSource, PostgresHealth health) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        this.health = health;
    }

    /** Connects with {@value #DEFAULT_POOL_SIZE} connections and migrates; see {@link #connect(DatabaseUrl, int)}. */
    public static PostgresDatabase connect(DatabaseUrl url) {
        return connect(url, DEFAULT_POOL_SIZE);
    }

    /**
     * Opens a pool of up to {@code maximumPoolSize} connections to {@code url} and applies any pending
     * migrations (Flyway locks the schema, so several nodes may start at once).
     *
     * @throws PostgresFailure when the database can't be reached or a migration fails
     */
    public static PostgresDatabase connect(DatabaseUrl url, int maximumPoolSize) {
        Objects.requireNonNull(url, "url");
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximumPoolSize must be at least 1: " + maximumPoolSize);
        }
        firstContact(url);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config(url, maximumPoolSize));
        } catch (RuntimeException e) {
            throw new PostgresFailure("cannot connect to " + url, e);
        }
        try {
            // Flyway opens its own connections (it holds two at once, a lock and the migration), so the
            // pool may be of any size.
            Flyway.configure()
                    .dataSource(url.jdbcUrl(), url.user().orElse(null), url.password().orElse(null))
                    .locations("classpath:db/migration")
                    .cleanDisabled(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new PostgresFailure("cannot migrate " + url, e);
        }
        return new PostgresDatabase(dataSource, new PostgresHealth(url, PostgresHealth.DEFAULT_TIMEOUT));
    }

    /**
     * One plain connection first: a database that can't be reached fails here with the driver's own
     * reason, before the pool would log its retries and stack traces.
     */
    private static void firstContact(DatabaseUrl url) {
        Properties properties = new Properties();
        url.user().ifPresent(user -> properties.setProperty("user", user));
        url.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("connectTimeout", Long.toString(CONNECTION_TIMEOUT.toSeconds()));
        properties.setProperty("loginTimeout", Long.toString(CONNECTION_TIMEOUT.toSeconds()));
        properties.setProperty("ApplicationName", "kith");
        try (Connection connection = DRIVER.connect(url.jdbcUrl(), properties)) {
            if (connection == null) {
                throw new PostgresFailure("not a PostgreSQL URL: " + url, null);
            }
        } catch (SQLException e) {
            throw new PostgresFailure("cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }

    private static HikariConfig config(DatabaseUrl url, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kith-postgres");
        config.setJdbcUrl(url.jdbcUrl());
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(maximumPoolSize);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        // Stated rather than inherited from the server's default, which an operator may have changed.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.addDataSourceProperty("ApplicationName", "kith");
        return config;
    }

    /** The pooled data source, for other libraries that need one (a job scheduler, say). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The {@link Jdbi} to give the transactor and every repository, so they share transactions. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * The readiness check on this database, the same one on every call. It checks on one connection of its
     * own, outside the pool, so a pool busy with requests does not make it fail; see {@link PostgresHealth}.
     */
    public PostgresHealth health() {
        return health;
    }

    /** Closes the pool and the health check's connection; work still running fails. Closing twice does nothing. */
    @Override
    public void close() {
        try {
            health.close();
        } finally {
            dataSource.close();
        }
    }
}
