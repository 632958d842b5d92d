package dev.kith.application.shared;

import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import java.time.Instant;
import java.util.Map;

/** Queues mail in the outbox, inside the caller's transaction, and sends it from there afterwards. */
public final class OutgoingMail {

    /** The outbox topic of mail. */
    public static final String TOPIC = "mail";

    private final Outbox outbox;
    private final IdGenerator ids;

    public OutgoingMail(Outbox outbox, IdGenerator ids) {
        this.outbox = outbox;
        this.ids = ids;
    }

    /** Queues {@code mail}; it is sent only if the surrounding transaction commits. */
    public void queue(Mail mail, Instant now) {
        outbox.enqueue(OutboxMessage.of(new OutboxMessageId(ids.next()), TOPIC,
                Map.of("to", mail.to(), "subject", mail.subject(), "body", mail.body()), now));
    }

    /**
     * The outbox handler that sends queued mail with {@code sender}; a mail the sender rejects for good is
     * {@linkplain UndeliverableMessage undeliverable}, so the relay sets it aside instead of retrying it.
     */
    public static OutboxHandler sendingWith(MailSender sender) {
        return message -> {
            try {
                sender.send(new Mail(
                        message.payload().get("to"), message.payload().get("subject"), message.payload().get("body")));
            } catch (MailSender.MailRejected e) {
                throw new UndeliverableMessage(e.getMessage(), e);
            }
        };
    }
}
