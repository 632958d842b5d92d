package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
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
        Settings settings = Settings.from(Map.of("DATA_DIR", dataDir.toString(), "PORT", "0", "RATE_LIMITS", "off",
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(smtpPort), "SMTP_TLS", "none",
                "MAIL_FROM", "Kith <no-reply@kith.test>"));
        GreenMail smtp = new GreenMail(patient(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
        try (KithServer server = KithServer.start(settings)) {
            HttpClientFixture http = new HttpClientFixture(server.port());
            assertThat(http.post("/api/v1/auth/register",
                    "{\"username\":\"bob\",\"email\":\"bob@example.com\",\"password\":\"correct horse battery\"}", null).status())
                    .isEqualTo(201);

            // the relay tries within a second, fails, and keeps the mail for a retry 5 s later
            Thread.sleep(2_500);
            assertThat(server.kith().outbox().pending()).isEqualTo(1);

            smtp.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 1);
            assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("bob@example.com");
            await().atMost(Duration.ofSeconds(5)).until(() -> server.kith().outbox().pending() == 0);
        } finally {
            smtp.stop();
        }
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
