package dev.kith.adapter.smtp;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how {@link SmtpMailSender} hands mail over.
 *
 * @param host the SMTP server's host name
 * @param port its port: usually 587 for {@link Transport#STARTTLS}, 465 for {@link Transport#SMTPS}, 25 or a
 *     local relay's port for {@link Transport#PLAIN}
 * @param transport how the connection is secured
 * @param username the login, if the server wants one; present exactly when {@code password} is
 * @param password the password for {@code username}; never printed by {@link #toString()}
 * @param from the sender of every mail, a plain address or one with a name ({@code Kith <no-reply@kith.example>})
 * @param timeout the most that connecting, and then each read or write, may take before the send fails; it
 *     bounds how long a dead or stalled server can hold up the outbox relay
 */
public record SmtpSettings(String host, int port, Transport transport, Optional<String> username,
                           Optional<String> password, String from, Duration timeout) {

    /** The timeout used unless another is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** How the connection to the SMTP server is secured. */
    public enum Transport {
        /** No encryption at all, not even opportunistic: only for a relay on the same host or network. */
        PLAIN,
        /** Plain connection upgraded with STARTTLS, which is required; the server's certificate is verified. */
        STARTTLS,
        /** TLS from the first byte (implicit TLS); the server's certificate is verified. */
        SMTPS
    }

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SMTP port must be between 1 and 65535, was " + port);
        }
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("the SMTP username and password must be given together");
        }
        parseFrom(from);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the SMTP timeout must be positive and under 24 days, was " + timeout);
        }
    }

    /** Settings without a login and with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
    public static SmtpSettings of(String host, int port, Transport transport, String from) {
        return new SmtpSettings(host, port, transport, Optional.empty(), Optional.empty(), from, DEFAULT_TIMEOUT);
    }

    /** These settings with a login. */
    public SmtpSettings withCredentials(String username, String password) {
        return new SmtpSettings(host, port, transport, Optional.of(username), Optional.of(password), from, timeout);
    }

    /** These settings with another timeout. */
    public SmtpSettings withTimeout(Duration timeout) {
        return new SmtpSettings(host, port, transport, username, password, from, timeout);
    }

    /** The sender as an address. */
    InternetAddress fromAddress() {
        return parseFrom(from);
    }

    /**
     * Whether {@code from} is a sender the mail library will send from: one address, optionally with a
     * name ({@code Kith <no-reply@kith.example>}), whose domain has a dot and is not an IP address.
     */
    public static boolean isValidSender(String from) {
        try {
            parseFrom(from);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static InternetAddress parseFrom(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("the sender address must not be blank");
        }
        InternetAddress address;
        try {
            address = new InternetAddress(from, true);
            address.validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("the sender address is not valid: " + from, e);
        }
        // the mailer checks again with this validator before every send; a sender it refuses would fail every mail
        if (!SmtpMailSender.ADDRESSES.isValid(address.getAddress())) {
            throw new IllegalArgumentException("the sender address is not valid: " + from
                    + " (it needs a domain with a dot, such as no-reply@kith.example)");
        }
        return address;
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", transport=" + transport + ", username="
                + username.orElse("(none)") + ", password=" + (password.isPresent() ? "***" : "(none)") + ", from="
                + from + ", timeout=" + timeout + "]";
    }
}
