package dev.kith.adapter.smtp;

import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.simplejavamail.converter.EmailConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers mail by writing each one as an RFC 822 {@code .eml} file into a directory, for running without an
 * SMTP server: the operator opens the files (or reads the log line) to follow verification and reset links.
 * Thread-safe.
 *
 * <p>File names start with the UTC time of sending, so listing the directory by name lists mail in the order
 * it was sent, e.g. {@code 20261123T180000123Z-000042-9f1c2e3a4b5d6e7f.eml}. Each file appears whole or not at
 * all: it is written under a hidden temporary name and then renamed. Files are readable by the owner only,
 * since they carry sign-in secrets.
 */
public final class EmlFileMailSender implements MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(EmlFileMailSender.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final InternetAddress from;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    /**
     * A sender that writes into {@code directory}, creating it when the first mail is written.
     *
     * @param directory where the {@code .eml} files go, typically {@code DATA_DIR/outbox}
     * @param from the sender written into every mail, a plain address or one with a name
     * @param clock dates the mails and names the files
     * @throws IllegalArgumentException if {@code from} is not a valid address
     */
    public EmlFileMailSender(Path directory, String from, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            this.from = new InternetAddress(Objects.requireNonNull(from, "from"), true);
            this.from.validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("the sender address is not valid: " + from, e);
        }
    }

    @Override
    public void send(Mail mail) {
        Objects.requireNonNull(mail, "mail");
        Instant now = clock.instant();
        Path file = directory.resolve(fileName(now));
        Path temporary = null;
        try {
            var message = EmailConverter.emailToMimeMessage(Emails.readable(mail, from, now));
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, ".", ".eml.tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                message.writeTo(out);
                out.flush();
                // On disk before the rename, so a crash cannot leave a complete-looking name with partial content.
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException | MessagingException | RuntimeException e) {
            throw new MailDeliveryFailed("could not write mail to " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
        LOG.info("Mail to {} with subject \"{}\" written to {}", mail.to(), mail.subject(), file.toAbsolutePath());
    }

    private String fileName(Instant now) {
        // The sequence orders mails within one millisecond; the random part keeps names unique across processes.
        return STAMP.format(now) + "-" + String.format("%06d", sequence.incrementAndGet() % 1_000_000) + "-"
                + HexFormat.of().toHexDigits(random.nextLong()) + ".eml";
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The send already failed with the more useful error; a stray hidden temp file is harmless.
        }
    }

    @Override
    public String toString() {
        return "EmlFileMailSender[" + directory + "]";
    }
}
