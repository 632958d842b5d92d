package dev.kith.application.shared.port;

import java.util.Objects;

/** One plain-text email to one recipient. */
public record Mail(String to, String subject, String body) {
    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
