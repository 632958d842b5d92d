package dev.kith.application.shared.port;

/**
 * Hands mail to the outside world. Called only by the outbox relay, never inside a transaction.
 * Thread-safe.
 */
public interface MailSender {

    /**
     * Sends one mail.
     *
     * @throws MailDeliveryFailed when the mail could not be handed over; the relay retries it later
     */
    void send(Mail mail);

    /** The mail could not be handed over now; trying again later may succeed. */
    final class MailDeliveryFailed extends RuntimeException {
        public MailDeliveryFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
