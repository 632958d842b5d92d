package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.postgres.seed.SeedPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seed}, then {@code serve} on the same DATA_DIR: the demo accounts log in over HTTP. */
class SeedCommandTest {

    private static final List<String> TINY = List.of("--accounts", "40", "--follows", "5", "--posts", "120",
            "--likes", "300", "--comments", "60");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int seed(Settings settings, List<String> args) {
        return SeedCommand.run(settings, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void seeded_accounts_log_in_with_the_demo_password_and_see_a_timeline() {
        // A fan-out limit far below the default (10,000), which the seeder must follow as the server does.
        Settings settings = Settings.from(Map.of("DATA_DIR", dataDir.toString(), "PORT", "0", "RATE_LIMITS", "off",
                "HOME_FEED_FANOUT_LIMIT", "8"));

        assertThat(seed(settings, TINY)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("log in as user00000 ... user00039 with the password \"password\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the seeded authors with 8 followers or more are read on read")
                .containsPattern("\\n[1-9][0-9,]* authors read on read \\(fan-out limit 8 followers\\)");
        assertThat(seed(settings, TINY)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already has 40 accounts", "--force");

        try (KithServer server = KithServer.start(settings)) {
            HttpClientFixture http = new HttpClientFixture(server.port());
            HttpClientFixture.Response login = http.post("/api/v1/auth/login",
                    "{\"login\":\"user00001\",\"password\":\"password\"}", null);
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            String token = login.json().get("accessToken").asText();

            JsonNode home = http.get("/api/v1/timelines/home?limit=5", token).json();
            assertThat(home.get("items")).hasSize(5);
            JsonNode profile = http.get("/api/v1/users/user00001", token).json();
            assertThat(profile.get("followingCount").asLong()).isEqualTo(5);
            assertThat(http.post("/api/v1/auth/login", "{\"login\":\"user00039@example.com\",\"password\":\"password\"}", null)
                    .status()).isEqualTo(200);
            assertThat(http.post("/api/v1/auth/login", "{\"login\":\"user00001\",\"password\":\"wrong password\"}", null)
                    .status()).isEqualTo(401);
        }
    }

    @Test
    void options_default_to_the_benchmark_data_set_at_the_current_minute() {
        Instant now = Instant.parse("2025-06-01T12:34:56.789Z");

        SeedCommand.Options options = SeedCommand.parse(List.of(), now);

        assertThat(options.plan()).isEqualTo(SeedPlan.defaults(Instant.parse("2025-06-01T12:34:00Z")));
        assertThat(options.force()).isFalse();
    }

    @Test
    void options_set_the_seed_the_sizes_the_anchor_and_force() {
        SeedCommand.Options options = SeedCommand.parse(List.of("--seed", "7", "--accounts", "1_000", "--follows", "10",
                "--posts", "2,000", "--likes", "300", "--comments", "20", "--anchor", "2025-01-01T00:00:00Z", "--force"), Instant.EPOCH);

        assertThat(options.plan()).isEqualTo(new SeedPlan(7, 1_000, 10, 2_000, 300, 20, Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(options.force()).isTrue();
    }

    @Test
    void bad_options_are_a_usage_error() {
        assertThatThrownBy(() -> SeedCommand.parse(List.of("--accounts"), Instant.EPOCH)).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SeedCommand.parse(List.of("--colour", "red"), Instant.EPOCH)).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> SeedCommand.parse(List.of("--posts", "many"), Instant.EPOCH)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> SeedCommand.parse(List.of("--anchor", "yesterday"), Instant.EPOCH)).hasMessageContaining("--anchor");
        assertThatThrownBy(() -> SeedCommand.parse(List.of("--accounts", "5", "--follows", "5"), Instant.EPOCH))
                .hasMessageContaining("followsPerAccount");

        Settings settings = Settings.from(Map.of("DATA_DIR", dataDir.toString()));
        assertThat(seed(settings, List.of("--nonsense", "1"))).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar kith-server.jar seed");
    }
}
