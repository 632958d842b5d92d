package dev.kith.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

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
}
