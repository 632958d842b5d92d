package dev.kith.application.notification;

/**
 * Where a stream's events go: one open socket. Implemented by the real-time adapter (the WebSocket route),
 * with a bounded queue of its own: {@link #offer} never blocks the node's delivery to other sockets.
 */
public interface StreamSink {

    /**
     * Queues an event for sending.
     *
     * @return {@code false} when the queue is full: the stream then closes with {@link Close#TOO_SLOW}, and
     *     the client catches up when it reconnects
     */
    boolean offer(StreamEvent event);

    /** Ends the stream; no event follows. */
    void close(Close reason);

    /** Why a stream ends from the server's side. */
    enum Close {
        /** The client did not read fast enough: reconnect with the last position seen. */
        TOO_SLOW,
        /** The last position seen is older than the log keeps: refetch the lists, then reconnect without one. */
        REFETCH,
        /** The node is stopping: reconnect (to another node) with the last position seen. */
        SHUTDOWN,
        /** The viewer's access ended (its account was erased): its token no longer opens a stream. */
        REVOKED
    }
}
