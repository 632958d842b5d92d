package dev.kith.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresHealthTest {

    private static final int POOL_SIZE = 2;

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase(POOL_SIZE);

    @Test
    void stays_reachable_while_every_pooled_connection_is_held_by_a_request() throws Exception {
        CountDownLatch held = new CountDownLatch(POOL_SIZE);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(POOL_SIZE);
        for (int i = 0; i < POOL_SIZE; i++) {
            requests.submit(() -> {
                DATABASE.jdbi().<InterruptedException>useTransaction(handle -> {
                    handle.execute("SELECT 1");
                    held.countDown();
                    release.await(30, TimeUnit.SECONDS);
                });
                return null;
            });
        }
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            HikariPoolMXBean pool = ((HikariDataSource) DATABASE.database().dataSource()).getHikariPoolMXBean();
            assertThat(pool.getActiveConnections()).isEqualTo(POOL_SIZE);
            assertThat(pool.getIdleConnections()).isZero();

            long started = System.nanoTime();
            boolean reachable = DATABASE.database().health().isReachable();

            assertThat(reachable).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PostgresHealth.DEFAULT_TIMEOUT);
        } finally {
            release.countDown();
            requests.shutdown();
            assertThat(requests.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void checks_on_one_connection_of_its_own() {
        PostgresHealth health = DATABASE.database().health();

        for (int i = 0; i < 3; i++) {
            assertThat(health.isReachable()).isTrue();
        }

        assertThat(healthConnections(DATABASE.jdbi())).isEqualTo(1);
    }

    @Test
    void replaces_a_connection_that_died_since_the_last_check() {
        PostgresHealth health = DATABASE.database().health();
        assertThat(health.isReachable()).isTrue();
        int killed = DATABASE.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT pid FROM pg_stat_activity WHERE application_name = 'kith-health' AND datname = current_database()")
                .mapTo(Integer.class).one());
        boolean terminated = DATABASE.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT pg_terminate_backend(:pid, 10000)").bind("pid", killed).mapTo(Boolean.class).one());
        assertThat(terminated).isTrue();

        assertThat(health.isReachable()).isTrue();

        List<Integer> now = DATABASE.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT pid FROM pg_stat_activity WHERE application_name = 'kith-health' AND datname = current_database()")
                .mapTo(Integer.class).list());
        assertThat(now).hasSize(1).doesNotContain(killed);
    }

    @Test
    void closing_the_database_closes_the_checks_connection() {
        String name = PostgresTestDatabase.createDatabase();
        try {
            PostgresDatabase database = PostgresDatabase.connect(PostgresTestDatabase.server().url(name), 1);
            assertThat(database.health().isReachable()).isTrue();
            assertThat(healthConnections(DATABASE.jdbi(), name)).isEqualTo(1);

            database.close();

            assertThat(database.health().isReachable()).isFalse();
            await().atMost(Duration.ofSeconds(10)).until(() -> healthConnections(DATABASE.jdbi(), name) == 0);
        } finally {
            PostgresTestDatabase.dropDatabase(name);
        }
    }

    @Test
    void a_port_where_nothing_listens_is_unreachable_at_once() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PostgresHealth health = new PostgresHealth(urlAt(port), Duration.ofSeconds(1));

        long started = System.nanoTime();
        boolean reachable = health.isReachable();

        assertThat(reachable).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void a_server_that_accepts_but_never_answers_is_unreachable_within_the_timeout() throws IOException {
        // the kernel completes the TCP handshake on the listen backlog; nothing ever reads or writes
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            PostgresHealth health = new PostgresHealth(urlAt(silent.getLocalPort()), Duration.ofSeconds(1));

            long started = System.nanoTime();
            boolean reachable = health.isReachable();

            assertThat(reachable).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    private static DatabaseUrl urlAt(int port) {
        return new DatabaseUrl("jdbc:postgresql://127.0.0.1:" + port + "/kith", Optional.of("kith"), Optional.empty());
    }

    private static int healthConnections(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'kith-health' AND datname = current_database()")
                .mapTo(Integer.class).one());
    }

    private static int healthConnections(Jdbi jdbi, String database) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'kith-health' AND datname = :database")
                .bind("database", database).mapTo(Integer.class).one());
    }
}
