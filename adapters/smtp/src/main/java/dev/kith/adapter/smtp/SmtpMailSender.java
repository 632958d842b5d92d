package dev.kith.adapter.smtp;

import com.sanctionco.jmail.EmailValidator;
import com.sanctionco.jmail.JMail;
import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.simplejavamail.mailer.MailValidationException;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.mailer.MailerBuilder;

/**
 * Sends mail through an SMTP server, one connection per mail, synchronously on the caller's thread.
 * A mail that can never go as it is (an address the validator refuses, a header that smuggles lines, an
 * SMTP 5xx answer to the sender, a recipient or the content) is {@linkplain MailRejected rejected}; any
 * other failure (server down, timeout, a 4xx answer, a refused login) may pass later and is
 * {@linkplain MailDeliveryFailed retried}. Thread-safe: one instance serves the whole process.
 */
public final class SmtpMailSender implements MailSender {

    /** The address validator the mailer uses, and that {@link SmtpSettings} checks the sender with. */
    static final EmailValidator ADDRESSES = JMail.strictValidator();

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
                .withEmailValidator(ADDRESSES)
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
            throw new MailRejected("the recipient is not one valid address: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw classify(e);
        }
    }

    private MailDeliveryFailed classify(RuntimeException failure) {
        String where = settings.host() + ":" + settings.port() + " (" + settings.transport() + ")";
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MailValidationException) {
                return new MailRejected("refused before sending: " + cause.getMessage(), failure);
            }
            if (cause instanceof AuthenticationFailedException) {
                // the relay's login is a setting, not the mail's fault: once the operator fixes it, mail flows again
                return new MailDeliveryFailed(where + " refused the login: " + cause.getMessage(), failure);
            }
            Optional<Integer> reply = replyCode(cause);
            if (reply.isPresent() && reply.get() >= 500) {
                return new MailRejected(where + " refused the mail for good (" + reply.get() + "): " + cause.getMessage(), failure);
            }
        }
        return new MailDeliveryFailed("could not hand mail to " + where + ": " + failure.getMessage(), failure);
    }

    /** The SMTP reply code of a refusal of the sender, a recipient or the content, if {@code cause} is one. */
    private static Optional<Integer> replyCode(Throwable cause) {
        if (cause instanceof SMTPAddressFailedException refused) {
            return Optional.of(refused.getReturnCode());
        }
        if (cause instanceof SMTPSenderFailedException refused) {
            return Optional.of(refused.getReturnCode());
        }
        if (cause instanceof SMTPSendFailedException refused) {
            return Optional.of(refused.getReturnCode());
        }
        return Optional.empty();
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
