package com.example.social;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.shared.port.MailSender.MailRejected;
import dev.kith.application.shared.port.MailSenderContract;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every MailSender passes, plus what is particular to this one, against a fake mail service. */
class HttpMailSenderTest extends MailSenderContract {

    private final List<Mail> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 200;
    private HttpServer mailService;
    private HttpMailSender sender;

    @BeforeEach
    void start_a_fake_mail_service() throws IOException {
        mailService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        mailService.createContext("/messages", exchange -> {
            Map<String, String> form = new HashMap<>();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            for (String field : body.split("&")) {
                String[] nameAndValue = field.split("=", 2);
                form.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
            if (answer == 200) {
                received.add(new Mail(form.get("to"), form.get("subject"), form.get("text")));
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        mailService.start();
        sender = new HttpMailSender(URI.create("http://127.0.0.1:" + mailService.getAddress().getPort() + "/messages"),
                "Kith <no-reply@social.example.com>");
    }

    @AfterEach
    void stop_the_fake_mail_service() {
        mailService.stop(0);
    }

    @Override
    protected MailSender sender() {
        return sender;
    }

    @Override
    protected List<Mail> delivered(int atLeast) {
        return received;
    }

    @Test
    void a_mail_the_service_refuses_is_not_retried() {
        answer = 422;

        assertThatThrownBy(() -> sender.send(new Mail("nobody@invalid", "Hi", "Hello")))
                .isInstanceOf(MailRejected.class);
    }
}
