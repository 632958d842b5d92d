package dev.kith.adapter.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database of its own for each test class, emptied before each test (the home feeds' horizon
 * back at the start, as in a new database). Register it as a static
 * field with {@code @RegisterExtension}; its before-each runs ahead of the contracts' {@code @BeforeEach}.
 *
 * <p>One embedded server per test JVM, started on first use; each class's database is a copy of a
 * migrated template, which costs milliseconds where migrating would cost far more.
 */
public final class PostgresTestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final String TEMPLATE = "kith_template";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final int poolSize;
    private String name;
    private PostgresDatabase database;
    private List<String> tables;

    /** A database with a pool of five connections. */
    public PostgresTestDatabase() {
        this(5);
    }

    /** A database with a pool of {@code poolSize} connections. */
    public PostgresTestDatabase(int poolSize) {
        this.poolSize = poolSize;
    }

    /** The one server of this JVM, started and given a migrated template database on first call. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            EmbeddedPostgres started = EmbeddedPostgres.startThrowaway();
            try {
                started.createDatabaseIfMissing(TEMPLATE);
                PostgresDatabase.connect(started.url(TEMPLATE), 1).close();
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
            server = started;
        }
        return server;
    }

    /** Creates a fresh, migrated database and returns its name; the caller connects and drops it. */
    public static String createDatabase() {
        EmbeddedPostgres postgres = server();
        String database = "kith_test_" + SEQUENCE.incrementAndGet();
        // A template may be copied by one CREATE DATABASE at a time.
        synchronized (PostgresTestDatabase.class) {
            admin("CREATE DATABASE " + EmbeddedPostgres.quoteIdentifier(database) + " TEMPLATE " + TEMPLATE);
        }
        return database;
    }

    /** Drops a database made by {@link #createDatabase()}, closing whatever still connects to it. */
    public static void dropDatabase(String database) {
        admin("DROP DATABASE IF EXISTS " + EmbeddedPostgres.quoteIdentifier(database) + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        DatabaseUrl url = server().url("postgres");
        Properties properties = new Properties();
        properties.setProperty("user", url.user().orElseThrow());
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        name = createDatabase();
        database = PostgresDatabase.connect(server().url(name), poolSize);
        tables = database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' "
                                + "AND tablename NOT IN ('flyway_schema_history', 'home_feed_horizon')")
                .mapTo(String.class)
                .list());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!tables.isEmpty()) {
            database.jdbi().useHandle(handle -> {
                handle.execute("TRUNCATE " + String.join(", ", new ArrayList<>(tables)) + " CASCADE");
                // as in a new database: the home feeds hold every post
                handle.execute("UPDATE home_feed_horizon SET post_id = '00000000-0000-0000-0000-000000000000'");
            });
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
        }
        if (name != null) {
            dropDatabase(name);
        }
    }

    /** The connected, migrated database of the running test class. */
    public PostgresDatabase database() {
        return database;
    }

    /** Shorthand for {@code database().jdbi()}. */
    public Jdbi jdbi() {
        return database.jdbi();
    }
}
