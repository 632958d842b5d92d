package dev.kith.adapter.smtp;

import dev.kith.application.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.shared.port.MailSender.MailDeliveryFailed;
import dev.kith.application.shared.port.MailSenderContract;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.converter.EmailConverter;

class EmlFileMailSenderTest extends MailSenderContract {

    private static final Instant T0 = Instant.parse("2026-11-23T18:00:00.123Z");
    private static final String FROM = "Kith <no-reply@kith.example>";

    @TempDir
    Path dataDir;

    private Path outbox() {
        return dataDir.resolve("outbox");
    }

    private EmlFileMailSender sender;

    @Override
    protected MailSender sender() {
        if (sender == null) {
            sender = new EmlFileMailSender(outbox(), FROM, Clock.fixed(T0, ZoneOffset.UTC));
        }
        return sender;
    }

    @Override
    protected List<Mail> delivered(int atLeast) {
        return emlFiles().stream().map(EmlFileMailSenderTest::parse).map(ReadBack::mail).toList();
    }

    @Test
    void names_files_so_they_sort_in_the_order_mail_was_sent() {
        MutableClock clock = new MutableClock(T0);
        EmlFileMailSender sender = new EmlFileMailSender(outbox(), FROM, clock);

        for (int i = 0; i < 12; i++) {
            sender.send(new Mail("zoe@example.com", "Mail " + i, "Body " + i));
            if (i % 3 == 2) {
                clock.advance(java.time.Duration.ofMillis(1));
            }
        }

        List<Path> files = emlFiles();
        assertThat(files).hasSize(12);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .allMatch(name -> name.matches("20261123T18000012[3-6]Z-\\d{6}-[0-9a-f]{16}\\.eml"));
        assertThat(files).extracting(p -> ReadBack.mail(parse(p)).subject())
                .containsExactly("Mail 0", "Mail 1", "Mail 2", "Mail 3", "Mail 4", "Mail 5", "Mail 6", "Mail 7",
                        "Mail 8", "Mail 9", "Mail 10", "Mail 11");
    }

    @Test
    void leaves_only_complete_mail_files_readable_by_their_owner() throws IOException {
        sender().send(new Mail("zoe@example.com", "Verify", "https://kith.example/verify?token=abc"));

        try (Stream<Path> all = Files.list(outbox())) {
            List<Path> files = all.toList();
            assertThat(files).hasSize(1).allMatch(p -> p.toString().endsWith(".eml"));
            assertThat(Files.getPosixFilePermissions(files.get(0)))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void writes_a_dated_rfc_822_message_that_simplejavamail_reads_back() {
        sender().send(new Mail("zoe@example.com", "Bienvenue, Zoë 🌍", "Hello Zoë"));

        Email email = EmailConverter.emlToEmail(emlFiles().get(0).toFile());
        assertThat(email.getFromRecipient().getAddress()).isEqualTo("no-reply@kith.example");
        assertThat(email.getFromRecipient().getName()).isEqualTo("Kith");
        assertThat(email.getRecipients()).extracting(r -> r.getAddress()).containsExactly("zoe@example.com");
        assertThat(email.getSubject()).isEqualTo("Bienvenue, Zoë 🌍");
        assertThat(email.getPlainText()).isEqualTo("Hello Zoë");
        assertThat(email.getSentDate()).isEqualTo(java.util.Date.from(Instant.parse("2026-11-23T18:00:00Z")));
    }

    @Test
    void fails_with_mail_delivery_failed_when_the_directory_cannot_be_written() throws IOException {
        Files.writeString(outbox(), "a file where the directory should be");

        assertThatThrownBy(() -> sender().send(new Mail("zoe@example.com", "Hi", "Body")))
                .isInstanceOf(MailDeliveryFailed.class)
                .hasMessageContaining(outbox().toString());
    }

    @Test
    void refuses_a_recipient_that_is_not_exactly_one_address() {
        assertThatThrownBy(() -> sender().send(new Mail("a@example.com, b@example.com", "Hi", "Body")))
                .isInstanceOf(MailDeliveryFailed.class);
        assertThat(Files.exists(outbox()) ? emlFiles() : List.of()).isEmpty();
    }

    @Test
    void refuses_an_invalid_sender() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EmlFileMailSender(outbox(), "nobody", Clock.systemUTC()));
    }

    private List<Path> emlFiles() {
        try (Stream<Path> files = Files.list(outbox())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage parse(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
