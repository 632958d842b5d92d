package dev.kith.adapter.inmemory.notification;

import dev.kith.application.notification.port.RealtimePublisher;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;

/**
 * {@link RealtimePublisher} within one process: a publish calls every subscriber at once, on the publishing
 * thread. What a single node needs (the server without {@code REDIS_URL}), and the in-memory core's.
 */
public final class InProcessRealtimePublisher implements RealtimePublisher {

    private final Set<LongConsumer> subscribers = new CopyOnWriteArraySet<>();

    @Override
    public void publish(long position) {
        for (LongConsumer subscriber : subscribers) {
            try {
                subscriber.accept(position);
            } catch (RuntimeException e) {
                // a wake-up is best effort: the subscriber's own polling covers it
            }
        }
    }

    @Override
    public Subscription subscribe(LongConsumer onPosition) {
        LongConsumer subscriber = Objects.requireNonNull(onPosition, "onPosition")::accept;
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @Override
    public boolean healthy() {
        return true;
    }

    @Override
    public void close() {
        subscribers.clear();
    }
}
