package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.kith.adapter.postgres.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mail whose SMTP send failed is delivered once the SMTP server is back, and nothing is lost meanwhile. */
class MailOutageTest {

    @TempDir
    Path dataDir;

    @Test
    void mail_queued_while_smtp_is_down_is_delivered_when_it_comes_back() throws Exception {
        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(patient(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
        // a database of the test's own (not DATA_DIR's embedded one), so the test can read the outbox table
        try (EmbeddedPostgres database = EmbeddedPostgres.startThrowaway();
             KithServer server = KithServer.start(Settings.from(Map.of("DATA_DIR", dataDir.toString(), "PORT", "0",
                     "RATE_LIMITS", "off", "DATABASE_URL", jdbcUrl(database),
                     "SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(smtpPort), "SMTP_TLS", "none",
                     "MAIL_FROM", "Kith <no-reply@kith.test>")))) {
            HttpClientFixture http = new HttpClientFixture(server.port());
            assertThat(http.post("/api/v1/auth/register",
                    "{\"username\":\"bob\",\"email\":\"bob@example.com\",\"password\":\"correct horse battery\"}", null).status())
                    .isEqualTo(201);

            // the relay tries within a second, fails, and keeps the mail for a retry 5 s later: wait until the
            // failed attempt is recorded, not for a time after which it probably was
            List<Attempt> failed = await().atMost(Duration.ofSeconds(15))
                    .until(() -> outbox(database), rows -> rows.size() == 1 && rows.get(0).attempts() >= 1
                            && rows.get(0).lastError() != null);
            assertThat(failed.get(0).lastError()).contains("127.0.0.1:" + smtpPort);
            assertThat(failed.get(0).dead()).isFalse();
            assertThat(server.kith().outbox().pending()).isEqualTo(1);

            smtp.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 1);
            assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("bob@example.com");
            await().atMost(Duration.ofSeconds(5)).until(() -> server.kith().outbox().pending() == 0);
        } finally {
            smtp.stop();
        }
    }

    /** One row of the outbox table: how often it was tried, why the last try failed, whether it was set aside. */
    private record Attempt(int attempts, String lastError, boolean dead) {
    }

    private static List<Attempt> outbox(EmbeddedPostgres database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT attempts, last_error, dead_at IS NOT NULL FROM outbox")) {
            List<Attempt> attempts = new ArrayList<>();
            while (rows.next()) {
                attempts.add(new Attempt(rows.getInt(1), rows.getString(2), rows.getBoolean(3)));
            }
            return attempts;
        }
    }

    private static String jdbcUrl(EmbeddedPostgres database) {
        return database.url().jdbcUrl() + "?user=" + database.url().user().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** GreenMail allows 2 s to start by default, too little on a loaded CI machine. */
    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(30_000);
        return setup;
    }
}
