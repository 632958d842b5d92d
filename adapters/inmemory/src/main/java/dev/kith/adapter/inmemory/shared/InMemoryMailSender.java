package dev.kith.adapter.inmemory.shared;

import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps sent mail in a list; can pretend to be down, to test that an outage loses nothing. */
public final class InMemoryMailSender implements MailSender {

    private final List<Mail> sent = new CopyOnWriteArrayList<>();
    private volatile boolean available = true;

    @Override
    public void send(Mail mail) {
        if (!available) {
            throw new MailDeliveryFailed("the in-memory mail server is switched off", null);
        }
        sent.add(mail);
    }

    /** Every mail sent so far, oldest first. */
    public List<Mail> sent() {
        return List.copyOf(sent);
    }

    /** Switches the pretend mail server on or off. */
    public void available(boolean available) {
        this.available = available;
    }
}
