package dev.kith.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {

    @Test
    void connects_with_a_postgres_url_and_migrates_an_empty_database() {
        String name = PostgresTestDatabase.createDatabase();
        EmbeddedPostgres server = PostgresTestDatabase.server();
        // Start from nothing, not from the migrated template.
        PostgresTestDatabase.dropDatabase(name);
        server.createDatabaseIfMissing(name);
        try (PostgresDatabase database = PostgresDatabase.connect(
                DatabaseUrl.parse("postgres://postgres:ignored@localhost:" + server.port() + "/" + name), 2)) {
            List<String> tables = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").mapTo(String.class).list());

            assertThat(tables).contains("accounts", "one_time_tokens", "login_sessions", "refresh_tokens", "outbox",
                    "flyway_schema_history");
            assertThat(database.health().isReachable()).isTrue();
        } finally {
            PostgresTestDatabase.dropDatabase(name);
        }
    }

    @Test
    void connects_with_a_jdbc_url_that_names_the_user_itself() {
        String name = PostgresTestDatabase.createDatabase();
        String url = "jdbc:postgresql://localhost:" + PostgresTestDatabase.server().port() + "/" + name + "?user=postgres";
        try (PostgresDatabase database = PostgresDatabase.connect(DatabaseUrl.parse(url), 1)) {
            assertThat(database.health().isReachable()).isTrue();
        } finally {
            PostgresTestDatabase.dropDatabase(name);
        }
    }

    @Test
    void a_closed_database_is_not_reachable() {
        String name = PostgresTestDatabase.createDatabase();
        try {
            PostgresDatabase database = PostgresDatabase.connect(PostgresTestDatabase.server().url(name), 1);
            PostgresHealth health = database.health();
            database.close();
            database.close();

            assertThat(health.isReachable()).isFalse();
        } finally {
            PostgresTestDatabase.dropDatabase(name);
        }
    }

    @Test
    void fails_plainly_when_nothing_listens() {
        assertThatThrownBy(() -> PostgresDatabase.connect(DatabaseUrl.parse("postgres://kith:s3cret@localhost:1/kith")))
                .isInstanceOf(PostgresFailure.class)
                .message().doesNotContain("s3cret");
    }
}
