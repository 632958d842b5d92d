package dev.kith.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void keeps_its_data_across_restarts() throws Exception {
        Path data = temp.resolve("postgres");
        try (EmbeddedPostgres first = EmbeddedPostgres.start(data);
             PostgresDatabase database = PostgresDatabase.connect(first.url(), 2)) {
            database.jdbi().useHandle(handle -> handle.execute(
                    "INSERT INTO outbox (id, topic, payload, created_at, next_attempt_at) "
                            + "VALUES (gen_random_uuid(), 'kept', '{}', now(), now())"));
        }

        try (EmbeddedPostgres second = EmbeddedPostgres.start(data);
             PostgresDatabase database = PostgresDatabase.connect(second.url(), 2)) {
            String topic = database.jdbi().withHandle(handle ->
                    handle.createQuery("SELECT topic FROM outbox").mapTo(String.class).one());
            String commit = database.jdbi().withHandle(handle ->
                    handle.createQuery("SHOW synchronous_commit").mapTo(String.class).one());
            String fsync = database.jdbi().withHandle(handle -> handle.createQuery("SHOW fsync").mapTo(String.class).one());

            assertThat(topic).isEqualTo("kept");
            // a commit is on disk before the server answers
            assertThat(commit).isEqualTo("on");
            assertThat(fsync).isEqualTo("on");
        } finally {
            // The cluster's files belong to the namespaced user; delete them before @TempDir tries.
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void a_directory_in_use_is_refused_with_the_owner_named() throws Exception {
        Path data = temp.resolve("postgres");
        try (EmbeddedPostgres first = EmbeddedPostgres.start(data)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(data))
                    .isInstanceOfSatisfying(DirectoryInUse.class, e -> {
                        assertThat(e.ownerPid()).contains(ProcessHandle.current().pid());
                        assertThat(e.directory()).isEqualTo(data.toAbsolutePath().normalize());
                    });
            assertThat(first.port()).isPositive();
        } finally {
            delete(data);
        }
    }

    @Test
    void the_server_stops_soon_after_its_process_is_killed() throws Exception {
        Path data = temp.resolve("postgres");
        Process holder = startHolder(data);
        try {
            long postmaster = postmasterPid(data);

            holder.destroyForcibly().waitFor();

            // the watchdog notices within a second and asks PostgreSQL for a smart shutdown
            await().atMost(PATIENCE).until(() -> ProcessHandle.of(postmaster).map(p -> !p.isAlive()).orElse(true));
        } finally {
            holder.destroyForcibly();
            delete(data);
        }
    }

    @Test
    void a_server_left_running_by_a_dead_process_is_stopped_and_its_data_kept() throws Exception {
        Path data = temp.resolve("postgres");
        Process holder = startHolder(data);
        try {
            long postmaster = postmasterPid(data);
            // as on a platform with no watchdog, or when the whole process group was killed
            holder.descendants().filter(p -> p.pid() != postmaster && p.info().command().map(c -> c.endsWith("sh")).orElse(false))
                    .forEach(ProcessHandle::destroyForcibly);
            holder.destroyForcibly().waitFor();
            assertThat(ProcessHandle.of(postmaster)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

            try (EmbeddedPostgres restarted = EmbeddedPostgres.start(data);
                 PostgresDatabase database = PostgresDatabase.connect(restarted.url(), 1)) {
                assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
                List<String> topics = database.jdbi().withHandle(handle -> handle.createQuery("SELECT topic FROM outbox")
                        .mapTo(String.class).list());
                assertThat(topics).containsExactly("written-before-the-crash");
            }
        } finally {
            holder.destroyForcibly();
            delete(data);
        }
    }

    private static Process startHolder(Path data) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresHolder.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            seen.append(line).append('\n');
        }
        assertThat(line).as("the holder started PostgreSQL; it said:%n%s", seen).isEqualTo("ready");
        // keep draining, so the child never blocks on a full pipe
        Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
        drain.setDaemon(true);
        drain.start();
        return holder;
    }

    private static long postmasterPid(Path data) throws Exception {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    }

    // The cluster's files belong to the namespaced user; delete them before @TempDir tries.
    private static void delete(Path data) throws java.io.IOException {
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
