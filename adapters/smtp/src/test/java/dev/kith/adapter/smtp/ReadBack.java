package dev.kith.adapter.smtp;

import dev.kith.application.shared.port.Mail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads delivered MIME messages back into the port's {@link Mail}, decoding headers and bodies with jakarta.mail. */
final class ReadBack {

    private ReadBack() {
    }

    static Mail mail(Message message) {
        try {
            String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            return new Mail(to, message.getSubject(), plainText(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
                    return plainText(child);
                }
            }
        }
        throw new IllegalStateException("no text/plain part in " + part.getContentType());
    }
}
