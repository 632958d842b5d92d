package dev.kith.adapter.smtp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.shared.port.MailSender.MailDeliveryFailed;
import dev.kith.application.shared.port.MailSender.MailRejected;
import dev.kith.application.shared.port.MailSenderContract;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpMailSenderTest extends MailSenderContract {

    private static final String FROM = "Kith <no-reply@kith.example>";
    private static final Mail WELCOME = new Mail("zoe@example.com", "Welcome", "Hello Zoë");

    private static GreenMail greenMail;
    private static SmtpMailSender sender;

    @BeforeAll
    static void start_a_mail_server() {
        greenMail = new GreenMail(patient(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
        greenMail.start();
        sender = new SmtpMailSender(settings(greenMail.getSmtp().getPort()));
    }

    @AfterAll
    static void stop_the_mail_server() {
        greenMail.stop();
    }

    @BeforeEach
    void empty_the_mailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Override
    protected MailSender sender() {
        return sender;
    }

    @Override
    protected List<Mail> delivered(int atLeast) {
        greenMail.waitForIncomingEmail(5_000, atLeast);
        return Arrays.stream(greenMail.getReceivedMessages()).map(ReadBack::mail).toList();
    }

    @Test
    void sends_plain_text_in_utf_8_from_the_configured_sender() throws Exception {
        sender.send(WELCOME);

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("utf-8");
        assertThat(received.getHeader("From")[0]).isEqualTo(FROM);
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("zoe@example.com");
    }

    @Test
    void fails_quickly_when_the_server_is_down_and_delivers_once_it_is_up() {
        int port = freePort();
        SmtpMailSender toDownServer = new SmtpMailSender(settings(port).withTimeout(Duration.ofSeconds(2)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> toDownServer.send(WELCOME))
                .isInstanceOf(MailDeliveryFailed.class)
                .hasMessageContaining("127.0.0.1:" + port);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        GreenMail late = new GreenMail(patient(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
        late.start();
        try {
            toDownServer.send(WELCOME);

            assertThat(late.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(ReadBack.mail(late.getReceivedMessages()[0])).isEqualTo(WELCOME);
        } finally {
            late.stop();
        }
    }

    @Test
    void gives_up_on_a_server_that_accepts_but_never_answers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SmtpMailSender toSilentServer = new SmtpMailSender(
                    settings(silent.getLocalPort()).withTimeout(Duration.ofSeconds(1)));

            long started = System.nanoTime();
            assertThatThrownBy(() -> toSilentServer.send(WELCOME)).isInstanceOf(MailDeliveryFailed.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void starttls_refuses_a_server_that_does_not_offer_it() {
        SmtpMailSender strict = new SmtpMailSender(SmtpSettings.of("127.0.0.1", greenMail.getSmtp().getPort(),
                SmtpSettings.Transport.STARTTLS, FROM).withTimeout(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> strict.send(WELCOME)).isInstanceOf(MailDeliveryFailed.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void smtps_refuses_a_server_whose_certificate_is_not_trusted() {
        GreenMail smtps = new GreenMail(patient(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)));
        smtps.start();
        try {
            SmtpMailSender strict = new SmtpMailSender(SmtpSettings.of("127.0.0.1", smtps.getSmtps().getPort(),
                    SmtpSettings.Transport.SMTPS, FROM).withTimeout(Duration.ofSeconds(2)));

            assertThatThrownBy(() -> strict.send(WELCOME)).isInstanceOf(MailDeliveryFailed.class);
            assertThat(smtps.getReceivedMessages()).isEmpty();
        } finally {
            smtps.stop();
        }
    }

    @Test
    void logs_in_when_given_credentials() {
        greenMail.setUser("relay@kith.example", "relay-user", "relay-secret");
        SmtpMailSender authenticated = new SmtpMailSender(
                settings(greenMail.getSmtp().getPort()).withCredentials("relay-user", "relay-secret"));

        authenticated.send(WELCOME);

        assertThat(delivered(1)).containsExactly(WELCOME);
        SmtpMailSender wrongPassword = new SmtpMailSender(
                settings(greenMail.getSmtp().getPort()).withCredentials("relay-user", "wrong"));
        assertThatThrownBy(() -> wrongPassword.send(WELCOME)).isInstanceOf(MailDeliveryFailed.class);
    }

    @Test
    void plain_transport_does_not_try_starttls_even_when_the_server_offers_it() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> commands = new CopyOnWriteArrayList<>();
            Thread fake = new Thread(() -> converse(server, commands, "250 ok"));
            fake.setDaemon(true);
            fake.start();

            new SmtpMailSender(settings(server.getLocalPort()).withTimeout(Duration.ofSeconds(2))).send(WELCOME);

            fake.join(5_000);
            assertThat(commands).anyMatch(c -> c.startsWith("MAIL FROM"))
                    .noneMatch(c -> c.toUpperCase(Locale.ROOT).startsWith("STARTTLS"));
        }
    }

    /** Just enough of an SMTP server that advertises STARTTLS, recording the commands it gets. */
    private static void converse(ServerSocket server, List<String> commands, String rcptReply) {
        try (Socket client = server.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), US_ASCII));
             Writer out = new OutputStreamWriter(client.getOutputStream(), US_ASCII)) {
            out.write("220 fake ESMTP\r\n");
            out.flush();
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line);
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    out.write("250-fake\r\n250-STARTTLS\r\n250 8BITMIME\r\n");
                } else if (command.startsWith("STARTTLS")) {
                    out.write("454 not really\r\n");
                } else if (command.equals("DATA")) {
                    out.write("354 go on\r\n");
                    out.flush();
                    while (!".".equals(in.readLine())) {
                        // the message itself is not the point here
                    }
                    out.write("250 queued\r\n");
                } else if (command.startsWith("RCPT")) {
                    out.write(rcptReply + "\r\n");
                } else if (command.equals("QUIT")) {
                    out.write("221 bye\r\n");
                    out.flush();
                    return;
                } else {
                    out.write("250 ok\r\n");
                }
                out.flush();
            }
        } catch (IOException e) {
            commands.add("failed: " + e);
        }
    }

    @Test
    void a_permanent_refusal_of_the_recipient_rejects_the_mail_for_good() throws Exception {
        assertThatThrownBy(() -> sendThrough("550 5.1.1 <zoe@example.com>: no such user"))
                .isInstanceOf(MailRejected.class)
                .hasMessageContaining("550");
    }

    @Test
    void a_temporary_refusal_is_worth_retrying() throws Exception {
        assertThatThrownBy(() -> sendThrough("451 4.3.0 try again later"))
                .isInstanceOf(MailDeliveryFailed.class)
                .isNotInstanceOf(MailRejected.class);
    }

    @Test
    void a_refused_login_is_worth_retrying_once_the_operator_fixes_it() {
        greenMail.setUser("relay2@kith.example", "relay-user2", "relay-secret");
        SmtpMailSender wrongPassword = new SmtpMailSender(
                settings(greenMail.getSmtp().getPort()).withCredentials("relay-user2", "wrong"));

        assertThatThrownBy(() -> wrongPassword.send(WELCOME)).isInstanceOf(MailDeliveryFailed.class)
                .isNotInstanceOf(MailRejected.class);
    }

    private static void sendThrough(String rcptReply) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> commands = new CopyOnWriteArrayList<>();
            Thread fake = new Thread(() -> converse(server, commands, rcptReply));
            fake.setDaemon(true);
            fake.start();
            try {
                new SmtpMailSender(settings(server.getLocalPort()).withTimeout(Duration.ofSeconds(2))).send(WELCOME);
            } finally {
                fake.join(5_000);
            }
        }
    }

    @Test
    void refuses_a_recipient_that_is_not_exactly_one_address() {
        assertThatThrownBy(() -> sender.send(new Mail("not an address", "Hi", "Body")))
                .isInstanceOf(MailRejected.class);
        assertThatThrownBy(() -> sender.send(new Mail("a@example.com, b@example.com", "Hi", "Body")))
                .isInstanceOf(MailRejected.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void refuses_a_subject_that_smuggles_in_headers() {
        assertThatThrownBy(() -> sender.send(new Mail("zoe@example.com", "Hi\r\nBcc: eve@example.com", "Body")))
                .isInstanceOf(MailRejected.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void settings_check_themselves_and_never_print_the_password() {
        SmtpSettings settings = settings(2525).withCredentials("relay-user", "relay-secret");

        assertThat(settings.toString()).contains("relay-user").doesNotContain("relay-secret");
        assertThatIllegalArgumentException().isThrownBy(() -> SmtpSettings.of("", 25, SmtpSettings.Transport.PLAIN, FROM));
        assertThatIllegalArgumentException().isThrownBy(() -> SmtpSettings.of("h", 0, SmtpSettings.Transport.PLAIN, FROM));
        assertThatIllegalArgumentException().isThrownBy(() -> SmtpSettings.of("h", 25, SmtpSettings.Transport.PLAIN, "nobody"));
        // the mail library refuses a sender without a dotted domain before every send
        assertThatIllegalArgumentException().isThrownBy(() -> SmtpSettings.of("h", 25, SmtpSettings.Transport.PLAIN,
                "Kith <no-reply@localhost>"));
        assertThat(SmtpSettings.isValidSender("Kith <no-reply@kith.localhost>")).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withTimeout(Duration.ZERO));
    }

    private static SmtpSettings settings(int port) {
        return SmtpSettings.of("127.0.0.1", port, SmtpSettings.Transport.PLAIN, FROM);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GreenMail allows 2 s to start by default, too little on a loaded CI machine. */
    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(30_000);
        return setup;
    }
}
