package dev.kith.bootstrap;

import dev.kith.application.notification.Streams;
import dev.kith.application.notification.port.RealtimePublisher;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds this node's open streams on one background thread: whenever the {@link RealtimePublisher} wakes the
 * node (wake-ups that come while a pass is queued fold into it), and every {@code interval} besides, since a
 * wake-up may be lost (Redis pub/sub delivers at most once, and not at all while Redis is down).
 */
final class StreamDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamDelivery.class);

    private final Streams streams;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final RealtimePublisher.Subscription subscription;

    /**
     * Notes where the stream log stands (the node's first delivery, on the caller's thread, so that no
     * stream opened afterwards misses an event), then subscribes and starts polling.
     */
    StreamDelivery(Streams streams, RealtimePublisher publisher, Duration interval) {
        this.streams = streams;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kith-stream-delivery");
            thread.setDaemon(true);
            return thread;
        });
        deliver();
        this.subscription = publisher.subscribe(position -> wake());
        executor.scheduleWithFixedDelay(this::deliver, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues one delivery pass, unless one is queued and not yet started. */
    private void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    queued.set(false);   // before the pass: a wake-up during it queues the next
                    deliver();
                });
            } catch (RejectedExecutionException e) {
                queued.set(false);       // stopping
            }
        }
    }

    private void deliver() {
        try {
            streams.deliverNew();
        } catch (RuntimeException e) {
            LOG.warn("delivering new stream events failed; trying again at the next wake-up or tick: {}", e.toString());
        }
    }

    /** Unsubscribes and stops the thread; the streams themselves are ended by {@link Streams#closeAll()}. */
    @Override
    public void close() {
        subscription.close();
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
