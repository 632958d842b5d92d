package com.example.social;

import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Hands mail to a mail service's HTTP API, as a form with the fields from, to, subject and text. */
public final class HttpMailSender implements MailSender {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String from;

    public HttpMailSender(URI endpoint, String from) {
        this.endpoint = endpoint;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        String form = field("from", from) + "&" + field("to", mail.to()) + "&" + field("subject", mail.subject())
                + "&" + field("text", mail.body());
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        int status;
        try {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new MailDeliveryFailed("cannot reach the mail service: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailDeliveryFailed("interrupted while sending", e);
        }
        // the relay retries a MailDeliveryFailed later and sets a MailRejected aside for good
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new MailRejected("the mail service refused the mail with " + status, null);
        }
        if (status < 200 || status > 299) {
            throw new MailDeliveryFailed("the mail service answered " + status, null);
        }
    }

    private static String field(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
