package dev.kith.application.shared.port;

/**
 * Hands mail to the outside world. Called only by the outbox relay, never inside a transaction.
 * Thread-safe.
 */
public interface MailSender {

    /**
     * Sends one mail.
     *
     * @throws MailDeliveryFailed when the mail could not be handed over now; the relay retries it later
     * @throws MailRejected when the mail can never be delivered as it is (an invalid address, a permanent
     *     refusal such as an SMTP 5xx answer to the sender, a recipient or the content); the relay sets it
     *     aside instead of retrying
     */
    void send(Mail mail);

    /** The mail could not be handed over; unless it is a {@link MailRejected}, trying again later may succeed. */
    class MailDeliveryFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailDeliveryFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The mail can never be delivered as it is; sending it again would fail the same way. */
    final class MailRejected extends MailDeliveryFailed {
        private static final long serialVersionUID = 1L;

        public MailRejected(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
