package dev.kith.application.shared;

import dev.kith.domain.shared.DomainEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where use cases record the events of their change: each event goes at once, in the recording
 * transaction, to every listener the contexts subscribed while {@link dev.kith.application.Kith} was wired
 * (in subscription order). Thread-safe.
 */
public final class DomainEvents {

    private final List<EventListener> listeners = new CopyOnWriteArrayList<>();

    /** Events with no listener yet; contexts subscribe while the core is wired. */
    public DomainEvents() {
    }

    /**
     * Adds a listener for every event recorded from now on.
     *
     * @param listener called on the recording thread, inside its transaction
     */
    public void subscribe(EventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Records an event of the running change. Call it inside the change's transaction, after the
     * repositories stored what the event says.
     *
     * @param event what happened
     */
    public void record(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        for (EventListener listener : listeners) {
            listener.on(event);
        }
    }
}
