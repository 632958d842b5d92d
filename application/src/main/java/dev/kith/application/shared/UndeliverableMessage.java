package dev.kith.application.shared;

/**
 * Thrown by an {@link OutboxHandler} when its message can never be carried out as it is (an invalid
 * address, a permanent refusal by the receiving server): the relay stops retrying it and sets it aside.
 */
public class UndeliverableMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Says why the message can never be delivered, keeping the underlying fault as the cause. */
    public UndeliverableMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
