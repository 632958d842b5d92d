package dev.kith.bootstrap;

import dev.kith.application.shared.DeliverOutbox;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox relay on one background thread: every {@code interval}, and straight again while
 * batches come back full. Any number of nodes may run one; the outbox hands each message to one of them.
 */
final class OutboxRelayLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayLoop.class);
    private static final int BATCH = 50;

    private final DeliverOutbox relay;
    private final ScheduledExecutorService executor;

    OutboxRelayLoop(DeliverOutbox relay, Duration interval) {
        this.relay = relay;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kith-outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drain, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drain() {
        try {
            DeliverOutbox.Result result;
            do {
                result = relay.execute(BATCH);
                result.failures().forEach(OutboxRelayLoop::log);
            } while (result.claimed() == BATCH && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.warn("outbox relay pass failed; retrying at the next tick: {}", e.toString());
        }
    }

    // the cause only: a failure holds no payload, so no mail body or token reaches the log
    private static void log(DeliverOutbox.Failure failure) {
        if (failure.dead()) {
            LOG.error("outbox: {} message {} can never be delivered and is set aside (kept in the outbox table, dead_at set) "
                    + "after {} attempt(s): {}", failure.topic(), failure.id().value(), failure.attempts(), failure.cause());
        } else {
            LOG.warn("outbox: {} message {} failed (attempt {}), retrying at {}: {}", failure.topic(), failure.id().value(),
                    failure.attempts(), failure.nextAttemptAt().orElseThrow(), failure.cause());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
