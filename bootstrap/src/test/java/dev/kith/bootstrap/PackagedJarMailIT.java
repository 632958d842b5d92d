package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started as a user starts it, with a local mail catcher named by SMTP_HOST and
 * SMTP_PORT and no other mail setting: the verification mail arrives and its link verifies the account.
 */
class PackagedJarMailIT {

    @TempDir
    Path temp;

    @Test
    void mail_reaches_a_local_catcher_with_only_smtp_host_and_port_set() throws Exception {
        int smtpPort = KithProcess.freePort();
        ServerSetup setup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(30_000);
        GreenMail catcher = new GreenMail(setup);
        catcher.start();
        try (KithProcess kith = KithProcess.start(Map.of(
                "DATA_DIR", temp.resolve("data").toString(),
                "SMTP_HOST", "localhost",
                "SMTP_PORT", Integer.toString(smtpPort)), temp.resolve("kith.log"))) {
            HttpClientFixture http = new HttpClientFixture(kith.port());

            assertThat(http.post("/api/v1/auth/register",
                    "{\"username\":\"alice\",\"email\":\"alice@example.com\",\"password\":\"correct horse battery\"}", null)
                    .status()).isEqualTo(201);

            assertThat(catcher.waitForIncomingEmail(30_000, 1)).as("a mail arrived; the server said:%n%s", kith.output()).isTrue();
            MimeMessage mail = catcher.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("alice@example.com");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("Kith <no-reply@kith.localhost>");
            Matcher token = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)").matcher(mail.getContent().toString());
            assertThat(token.find()).isTrue();
            assertThat(http.post("/api/v1/auth/verify-email", "{\"token\":\"" + token.group(1) + "\"}", null).status())
                    .isEqualTo(200);
            assertThat(http.post("/api/v1/auth/login", "{\"login\":\"alice\",\"password\":\"correct horse battery\"}", null)
                    .status()).isEqualTo(200);
            // the link points at the server the mail came from
            assertThat(mail.getContent().toString()).contains("http://localhost:" + kith.port() + "/");
        } finally {
            catcher.stop();
        }
    }
}
