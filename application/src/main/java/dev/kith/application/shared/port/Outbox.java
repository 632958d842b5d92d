package dev.kith.application.shared.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A durable queue of work written in the same transaction as the change that causes it, so the two
 * commit together, and delivered at least once afterwards by the relay. Safe for several relays on
 * several nodes: a claimed message is invisible to the others until its lease runs out. Thread-safe.
 */
public interface Outbox {

    /**
     * Records a message; call it inside the transaction of the change that causes it.
     */
    void enqueue(OutboxMessage message);

    /**
     * Claims up to {@code limit} messages that are due at {@code now}, oldest first, and counts an
     * attempt for each. A claimed message is due again after {@code lease} unless completed or
     * rescheduled first, so a relay that dies mid-delivery loses nothing.
     */
    List<OutboxMessage> claimDue(Instant now, Duration lease, int limit);

    /** Removes a delivered message. Completing an unknown or already completed message does nothing. */
    void complete(OutboxMessageId id);

    /** Makes a failed message due again at {@code nextAttemptAt}, remembering why it failed. */
    void retryLater(OutboxMessageId id, Instant nextAttemptAt, String error);

    /**
     * Sets a message aside for good: it can never be delivered as it is (an invalid address, a permanent
     * refusal). It is kept, with why, for an operator to inspect, but never claimed again nor counted as
     * pending. Burying an unknown message does nothing.
     */
    void bury(OutboxMessageId id, Instant now, String error);

    /** How many messages wait to be delivered, buried ones excluded (for health and metrics). */
    long pending();

    /** How many messages were set aside as undeliverable and are kept for inspection (for metrics). */
    long dead();
}
