package dev.kith.adapter.postgres;

import java.nio.file.Path;

/** A process that starts the embedded PostgreSQL on a directory and holds it until killed; for crash tests. */
public final class EmbeddedPostgresHolder {

    private EmbeddedPostgresHolder() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.start(Path.of(args[0]));
        try (PostgresDatabase database = PostgresDatabase.connect(server.url(), 1)) {
            database.jdbi().useHandle(handle -> handle.execute(
                    "INSERT INTO outbox (id, topic, payload, created_at, next_attempt_at) "
                            + "VALUES (gen_random_uuid(), 'written-before-the-crash', '{}', now(), now())"));
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
