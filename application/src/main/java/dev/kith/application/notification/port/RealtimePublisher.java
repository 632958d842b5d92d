package dev.kith.application.notification.port;

import java.util.function.LongConsumer;

/**
 * Wakes every node when stream events were committed: the position of the newest is published after
 * commit, and each node's subscription reads what is new from the {@link StreamLog}. Delivery through it is
 * at most once (a node also polls the log, so a lost wake-up delays events and loses none). Thread-safe.
 */
public interface RealtimePublisher extends AutoCloseable {

    /**
     * Tells every subscribed node, this one included, that the log holds events up to {@code position}.
     * Never throws: a publisher that cannot reach its broker drops the wake-up (the nodes' polling covers it).
     */
    void publish(long position);

    /**
     * Calls {@code onPosition} for every position published from now on, on a thread of the publisher's;
     * after a lost connection it subscribes again by itself (and calls {@code onPosition} with
     * {@code Long.MAX_VALUE} once it is back, so the node reads whatever it missed).
     *
     * @return the subscription, to close
     */
    Subscription subscribe(LongConsumer onPosition);

    /** Whether the broker is reachable (always, without one): for the readiness check. */
    boolean healthy();

    /** Stops the publisher and its subscriptions. */
    @Override
    void close();

    /** A subscription; closing it stops its calls. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
