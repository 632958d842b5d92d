package dev.kith.application.shared;

import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import dev.kith.application.shared.port.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outbox relay: claims due messages and hands each to the handler of its topic. A failure is
 * retried with exponential backoff (5 s doubling up to 1 h) until it succeeds; a message its handler
 * declares {@linkplain UndeliverableMessage undeliverable} is set aside (kept, never retried).
 */
public final class DeliverOutbox {

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    static final Duration LEASE = Duration.ofMinutes(5);

    /** Longest cause kept and reported; it is for diagnosis, not a full stack trace. */
    private static final int CAUSE_MAX = 1000;

    /** Secrets that a cause could echo from a mail or a link (one-time tokens); never logged or stored. */
    private static final Pattern SECRET = Pattern.compile("(?i)(token=)[^\\s&\"'<>]+");

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
     * @return how many were claimed and delivered, and why each of the others failed
     */
    public Result execute(int batchSize) {
        List<OutboxMessage> claimed = transactor.inTransaction(() -> outbox.claimDue(clock.instant(), LEASE, batchSize));
        List<Failure> failures = new ArrayList<>();
        for (OutboxMessage message : claimed) {
            deliver(message).ifPresent(failures::add);
        }
        return new Result(claimed.size(), claimed.size() - failures.size(), failures);
    }

    private Optional<Failure> deliver(OutboxMessage message) {
        OutboxHandler handler = handlers.get(message.topic());
        try {
            if (handler == null) {
                throw new IllegalStateException("no handler for outbox topic '" + message.topic() + "'");
            }
            handler.handle(message);
        } catch (UndeliverableMessage e) {
            String cause = describe(e);
            transactor.run(() -> outbox.bury(message.id(), clock.instant(), cause));
            return Optional.of(new Failure(message, cause, Optional.empty()));
        } catch (RuntimeException e) {
            String cause = describe(e);
            Instant next = clock.instant().plus(backoff(message.attempts()));
            transactor.run(() -> outbox.retryLater(message.id(), next, cause));
            return Optional.of(new Failure(message, cause, Optional.of(next)));
        }
        transactor.run(() -> outbox.complete(message.id()));
        return Optional.empty();
    }

    /** The wait before the next attempt, after {@code attempts} failed ones. */
    static Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    /** The failure and its causes, one line, with secrets masked and the length bounded. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < CAUSE_MAX; cause = cause.getCause()) {
            String line = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            if (text.indexOf(String.valueOf(cause.getMessage())) >= 0 && cause != e) {
                continue;
            }
            text.append(text.length() == 0 ? "" : " <- ").append(line);
        }
        String oneLine = SECRET.matcher(text.toString().replaceAll("\\s+", " ")).replaceAll("$1***");
        return oneLine.length() > CAUSE_MAX ? oneLine.substring(0, CAUSE_MAX) : oneLine;
    }

    /** What one batch did. */
    public record Result(int claimed, int delivered, List<Failure> failures) {
        public Result {
            failures = List.copyOf(failures);
        }
    }

    /**
     * A message that was not delivered: why, and when it is tried again; no next attempt means it was set
     * aside as undeliverable. It holds no payload, so logging it cannot leak a mail's body or tokens.
     */
    public record Failure(OutboxMessageId id, String topic, int attempts, String cause, Optional<Instant> nextAttemptAt) {
        Failure(OutboxMessage message, String cause, Optional<Instant> nextAttemptAt) {
            this(message.id(), message.topic(), message.attempts(), cause, nextAttemptAt);
        }

        /** Whether the message was set aside for good. */
        public boolean dead() {
            return nextAttemptAt.isEmpty();
        }
    }
}
