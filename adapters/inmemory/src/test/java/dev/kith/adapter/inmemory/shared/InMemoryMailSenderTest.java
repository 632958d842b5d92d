package dev.kith.adapter.inmemory.shared;

import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.shared.port.MailSenderContract;
import java.util.List;

class InMemoryMailSenderTest extends MailSenderContract {

    private final InMemoryMailSender sender = new InMemoryMailSender();

    @Override
    protected MailSender sender() {
        return sender;
    }

    @Override
    protected List<Mail> delivered(int atLeast) {
        return sender.sent();
    }
}
