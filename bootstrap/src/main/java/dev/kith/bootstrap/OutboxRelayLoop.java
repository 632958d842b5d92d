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
                if (result.claimed() > result.delivered()) {
                    LOG.warn("outbox: {} of {} messages failed and will be retried", result.claimed() - result.delivered(), result.claimed());
                }
            } while (result.claimed() == BATCH && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.warn("outbox relay pass failed; retrying at the next tick: {}", e.toString());
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
