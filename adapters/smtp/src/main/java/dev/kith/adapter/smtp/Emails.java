package dev.kith.adapter.smtp;

import dev.kith.application.shared.port.Mail;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.Date;
import org.simplejavamail.api.email.ContentTransferEncoding;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.email.EmailPopulatingBuilder;
import org.simplejavamail.email.EmailBuilder;

/** Turns the port's {@link Mail} into a simplejavamail {@link Email}, the same way for every sender. */
final class Emails {

    private Emails() {
    }

    /**
     * A plain-text UTF-8 email from {@code from} to the one recipient of {@code mail}.
     *
     * @throws AddressException if the recipient is not exactly one valid address
     */
    static Email of(Mail mail, InternetAddress from, Instant sentAt) throws AddressException {
        return builder(mail, from).fixingSentDate(Date.from(sentAt)).buildEmail();
    }

    /**
     * As {@link #of(Mail, InternetAddress, Instant)}, with the body in 8-bit UTF-8 rather than quoted-printable,
     * so that a person reading the file sees links whole: quoted-printable breaks lines at 76 characters.
     */
    static Email readable(Mail mail, InternetAddress from, Instant sentAt) throws AddressException {
        return builder(mail, from).fixingSentDate(Date.from(sentAt))
                .withContentTransferEncoding(ContentTransferEncoding.BIT8).buildEmail();
    }

    /** As {@link #of(Mail, InternetAddress, Instant)}, dated when it is sent. */
    static Email of(Mail mail, InternetAddress from) throws AddressException {
        return builder(mail, from).buildEmail();
    }

    private static EmailPopulatingBuilder builder(Mail mail, InternetAddress from) throws AddressException {
        // Parsed strictly here because simplejavamail's to(String) would split "a@x, b@y" into two recipients.
        InternetAddress to = new InternetAddress(mail.to(), true);
        to.validate();
        return EmailBuilder.startingBlank()
                .from(from)
                .to(to)
                .withSubject(mail.subject())
                .withPlainText(mail.body());
    }
}
