package dev.kith.adapter.smtp;

import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Objects;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.mailer.MailerBuilder;

/**
 * Sends mail through an SMTP server, one connection per mail, synchronously on the caller's thread.
 * Thread-safe: one instance serves the whole process.
 */
public final class SmtpMailSender implements MailSender {

    private final SmtpSettings settings;
    private final InternetAddress from;
    private final Mailer mailer;

    /** A sender that hands every mail to the server described by {@code settings}, from {@code settings.from()}. */
    public SmtpMailSender(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.from = settings.fromAddress();
        var builder = MailerBuilder
                .withSMTPServer(settings.host(), settings.port(), settings.username().orElse(null),
                        settings.password().orElse(null))
                .withTransportStrategy(strategy(settings.transport()))
                // Applies to connecting and to every read and write, so a dead server fails the send, not the relay.
                .withSessionTimeout((int) settings.timeout().toMillis())
                .withDebugLogging(false);
        if (settings.transport() == SmtpSettings.Transport.PLAIN) {
            // simplejavamail's plain SMTP tries STARTTLS with certificate checks off, which fails against relays
            // with odd certificates and protects nothing against an active attacker; plain means plain.
            builder = builder.withProperty("mail.smtp.starttls.enable", "false");
        }
        this.mailer = builder.buildMailer();
    }

    @Override
    public void send(Mail mail) {
        Objects.requireNonNull(mail, "mail");
        try {
            // async=false: the relay owns retries and threads; a returned future is already complete.
            mailer.sendMail(Emails.of(mail, from), false).join();
        } catch (AddressException e) {
            throw failed(e);
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    private MailDeliveryFailed failed(Exception cause) {
        return new MailDeliveryFailed("could not hand mail to " + settings.host() + ":" + settings.port() + " ("
                + settings.transport() + "): " + cause.getMessage(), cause);
    }

    private static TransportStrategy strategy(SmtpSettings.Transport transport) {
        return switch (transport) {
            case PLAIN -> TransportStrategy.SMTP;
            case STARTTLS -> TransportStrategy.SMTP_TLS;
            case SMTPS -> TransportStrategy.SMTPS;
        };
    }

    @Override
    public String toString() {
        return "SmtpMailSender[" + settings + "]";
    }
}
