package dev.kith.application.shared;

import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outbox relay: claims due messages and hands each to the handler of its topic. A failure is
 * retried with exponential backoff (5 s doubling up to 1 h), forever: a message is never dropped.
 */
public final class DeliverOutbox {

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    static final Duration LEASE = Duration.ofMinutes(5);

    private final Transactor transactor;
    private final Outbox outbox;
    private final Map<String, OutboxHandler> handlers;
    private final Clock clock;

    public DeliverOutbox(Transactor transactor, Outbox outbox, Map<String, OutboxHandler> handlers, Clock clock) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.handlers = Map.copyOf(handlers);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Delivers one batch of due messages.
     *
     * @param batchSize the most messages to claim
     * @return how many were delivered; fewer than claimed when some failed and were rescheduled
     */
    public Result execute(int batchSize) {
        List<OutboxMessage> claimed = transactor.inTransaction(() -> outbox.claimDue(clock.instant(), LEASE, batchSize));
        int delivered = 0;
        for (OutboxMessage message : claimed) {
            if (deliver(message)) {
                delivered++;
            }
        }
        return new Result(claimed.size(), delivered);
    }

    private boolean deliver(OutboxMessage message) {
        OutboxHandler handler = handlers.get(message.topic());
        try {
            if (handler == null) {
                throw new IllegalStateException("no handler for outbox topic '" + message.topic() + "'");
            }
            handler.handle(message);
        } catch (RuntimeException e) {
            Instant next = clock.instant().plus(backoff(message.attempts()));
            transactor.run(() -> outbox.retryLater(message.id(), next, describe(e)));
            return false;
        }
        transactor.run(() -> outbox.complete(message.id()));
        return true;
    }

    /** The wait before the next attempt, after {@code attempts} failed ones. */
    static Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** What one batch did. */
    public record Result(int claimed, int delivered) {
    }
}
