package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's start-up failures, each one or two plain lines with an exit status of its own, and
 * its clean stop: what an operator sees from the shell.
 */
class StartupFailuresIT {

    private static final Duration PROMPTLY = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private KithProcess launch(Map<String, String> env) {
        return KithProcess.launch(env, temp.resolve("kith.log"));
    }

    @Test
    void an_smtp_username_without_a_password_is_a_configuration_error() {
        KithProcess kith = launch(Map.of("DATA_DIR", temp.resolve("data").toString(), "SMTP_HOST", "smtp.example.com",
                "SMTP_USERNAME", "mailer"));

        assertThat(kith.awaitExit(PROMPTLY)).isEqualTo(2);
        assertThat(kith.output()).contains("SMTP_USERNAME and SMTP_PASSWORD must be set together");
        assertPlain(kith.output());
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void a_port_in_use_is_said_before_the_database_starts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            KithProcess kith = launch(Map.of("DATA_DIR", temp.resolve("data").toString(),
                    "PORT", Integer.toString(taken.getLocalPort())));

            assertThat(kith.awaitExit(PROMPTLY)).isEqualTo(4);
            assertThat(kith.output()).contains("port " + taken.getLocalPort() + " is in use by another program");
            assertPlain(kith.output());
            assertThat(temp.resolve("data").resolve("postgres")).doesNotExist();
        }
    }

    @Test
    void an_unreachable_database_is_named_with_the_drivers_reason_and_a_hint() {
        int closed = KithProcess.freePort();
        KithProcess kith = launch(Map.of("DATA_DIR", temp.resolve("data").toString(),
                "DATABASE_URL", "postgres://kith:secret-password@localhost:" + closed + "/kith"));

        assertThat(kith.awaitExit(PROMPTLY)).isEqualTo(5);
        assertThat(kith.output())
                .contains("cannot reach the database at localhost:" + closed)
                .contains("refused")
                .contains("Hint:")
                .doesNotContain("secret-password");
        assertPlain(kith.output());
    }

    @Test
    void sigterm_stops_it_cleanly_with_status_0() {
        try (KithProcess kith = KithProcess.start(Map.of("DATA_DIR", temp.resolve("data").toString()), temp.resolve("kith.log"))) {
            assertThat(kith.stop()).isEqualTo(0);
            assertThat(kith.output()).contains("Kith stopped");
        }
    }

    @Test
    void with_port_0_links_in_mail_carry_the_port_it_listens_on_and_bind_address_is_honoured() {
        try (KithProcess kith = KithProcess.launch(Map.of("DATA_DIR", temp.resolve("data").toString(), "PORT", "0",
                "BIND_ADDRESS", "127.0.0.1"), temp.resolve("kith.log"))) {
            kith.awaitReady();
            HttpClientFixture http = new HttpClientFixture(kith.port());
            assertThat(http.post("/api/v1/auth/register",
                    "{\"username\":\"alice\",\"email\":\"alice@example.com\",\"password\":\"correct horse battery\"}", null)
                    .status()).isEqualTo(201);

            String link = await().atMost(PROMPTLY).until(this::verificationLink, Optional::isPresent).get();

            assertThat(link).startsWith("http://localhost:" + kith.port() + "/verify-email?token=");
        }
    }

    private Optional<String> verificationLink() throws Exception {
        Path outbox = temp.resolve("data").resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return Optional.empty();
        }
        Pattern link = Pattern.compile("http://[^\\s]+/verify-email\\?token=[A-Za-z0-9_-]+");
        try (Stream<Path> mails = Files.list(outbox)) {
            for (Path mail : mails.toList()) {
                Matcher matcher = link.matcher(Files.readString(mail));
                if (matcher.find()) {
                    return Optional.of(matcher.group());
                }
            }
        }
        return Optional.empty();
    }

    /** No stack trace, no exception class names: a sentence or two. */
    private static void assertPlain(String output) {
        assertThat(output).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Caused by");
    }
}
