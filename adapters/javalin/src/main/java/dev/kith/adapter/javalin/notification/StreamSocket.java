package dev.kith.adapter.javalin.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.notification.StreamEvent;
import dev.kith.application.notification.StreamSink;
import dev.kith.application.notification.Streams;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open {@code /api/v1/stream} socket: the {@link StreamSink} of its stream, with a bounded queue and a
 * sender that has at most one frame in flight (Jetty's asynchronous send; the next frame goes from the
 * previous one's completion). Nothing here blocks: {@link #offer} only queues, so a client that does not read
 * fills its own queue and is closed, and delivery to the other sockets goes on. Thread-safe.
 */
final class StreamSocket implements StreamSink {

    /** The access token is missing, invalid, expired or revoked, or none came in time. */
    static final int UNAUTHENTICATED = 4401;
    /** {@code since} is not a position. */
    static final int BAD_REQUEST = 4400;
    /** The client fell behind: reconnect with the last position seen. */
    static final int TOO_SLOW = 4008;
    /** The last position seen is past the log's retention: refetch, then reconnect without one. */
    static final int REFETCH = 4009;
    /** The server is stopping. */
    static final int GOING_AWAY = 1001;
    /** Something failed on the server. */
    static final int SERVER_ERROR = 1011;

    private static final Logger LOG = LoggerFactory.getLogger(StreamSocket.class);

    private final Session session;
    private final ObjectMapper mapper;
    private final MediaLinks links;
    private final ScheduledExecutorService timer;
    private final Duration closeGrace;
    private final BlockingQueue<Object> queue;  // stream events, and the ready message
    private final List<ScheduledFuture<?>> timers = new CopyOnWriteArrayList<>();
    private final AtomicReference<Closing> closing = new AtomicReference<>();
    private final AtomicBoolean authenticating = new AtomicBoolean();
    // the sender: whoever brings wip from 0 sends until nothing is left or a frame is in flight
    private final AtomicInteger wip = new AtomicInteger();
    private volatile boolean inFlight;
    private volatile boolean pingDue;
    private volatile boolean broken;
    private volatile boolean gone;
    private boolean closingTextSent;  // touched by the sender only
    private boolean closeSent;        // touched by the sender only
    private volatile String token;
    private volatile Streams.Stream stream;

    StreamSocket(Session session, ObjectMapper mapper, MediaLinks links, ScheduledExecutorService timer,
                 int queueCapacity, Duration closeGrace) {
        this.session = session;
        this.mapper = mapper;
        this.links = links;
        this.timer = timer;
        this.closeGrace = closeGrace;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
    }

    @Override
    public boolean offer(StreamEvent event) {
        if (closing.get() != null || gone) {
            return true;  // it is ending anyway; what it missed comes on reconnecting
        }
        if (!queue.offer(event)) {
            return false;
        }
        pump();
        return true;
    }

    @Override
    public void close(Close reason) {
        switch (reason) {
            case TOO_SLOW -> close(TOO_SLOW, "too slow, reconnect with since", null);
            case REFETCH -> close(REFETCH, "refetch, then reconnect without since", render(StreamMessages.REFETCH));
            case SHUTDOWN -> close(GOING_AWAY, "server stopping, reconnect with since", null);
            case REVOKED -> close(UNAUTHENTICATED, "the account was erased", null);
        }
    }

    /**
     * Closes the socket with {@code code}: drops what is queued, sends {@code lastText} (if any) and the close
     * frame, and cuts the connection if they are not out within the grace. The first close wins.
     */
    void close(int code, String reason, String lastText) {
        if (!closing.compareAndSet(null, new Closing(code, reason, lastText))) {
            return;
        }
        queue.clear();
        Streams.Stream open = stream;
        if (open != null) {
            open.close();  // the core stops delivering (a no-op when the core ended it)
        }
        schedule(closeGrace, session::disconnect);
        pump();
    }

    /**
     * Queues {@code {"type":"ready"}} behind the events the stream caught up with: the client has had every
     * event after its {@code since} that was in the log when the stream opened.
     */
    void ready() {
        if (closing.get() != null || gone) {
            return;
        }
        if (!queue.offer(StreamMessages.READY)) {
            close(TOO_SLOW, "too slow, reconnect with since", null);
            return;
        }
        pump();
    }

    /** Queues a ping frame, sent once the frame in flight (if any) is out. */
    void ping() {
        pingDue = true;
        pump();
    }

    /** Whether this socket may still authenticate: true exactly once. */
    boolean startAuthenticating() {
        return authenticating.compareAndSet(false, true);
    }

    /** The token the socket authenticated with, checked again on a schedule; null before. */
    String token() {
        return token;
    }

    void authenticated(String token) {
        this.token = token;
    }

    /** The stream this socket carries; closed at once if the socket closed meanwhile. */
    void attach(Streams.Stream opened) {
        this.stream = opened;
        if (gone || closing.get() != null) {
            opened.close();
        }
    }

    boolean closing() {
        return closing.get() != null;
    }

    /** Runs {@code task} after {@code delay} on the shared timer, unless the socket is gone by then. */
    void schedule(Duration delay, Runnable task) {
        keep(() -> timer.schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Runs {@code task} every {@code period} on the shared timer while the socket is open. */
    void every(Duration period, Runnable task) {
        keep(() -> timer.scheduleWithFixedDelay(guarded(task), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The socket closed (either side) or broke: no more sends, the stream and the timers stop. */
    void gone() {
        gone = true;
        timers.forEach(future -> future.cancel(false));
        timers.clear();
        Streams.Stream open = stream;
        if (open != null) {
            open.close();
        }
    }

    private void keep(java.util.function.Supplier<ScheduledFuture<?>> scheduling) {
        try {
            ScheduledFuture<?> future = scheduling.get();
            timers.add(future);
            if (gone) {
                future.cancel(false);
            }
        } catch (RejectedExecutionException e) {
            // the server is stopping; it closes the socket
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            if (gone) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("a real-time stream task failed", e);
            }
        };
    }

    private void pump() {
        if (wip.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            while (!inFlight && !broken && !gone && sendNext()) {
                // a send that completes at once clears inFlight, and this loop sends the next frame
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }

    // Starts one frame: the close (after its last text), else a ping, else the next event. False when idle.
    private boolean sendNext() {
        Closing ending = closing.get();
        if (ending != null) {
            if (ending.lastText() != null && !closingTextSent) {
                closingTextSent = true;
                inFlight = true;
                session.sendText(ending.lastText(), sent());
                return true;
            }
            if (!closeSent) {
                closeSent = true;
                inFlight = true;
                session.close(ending.code(), ending.reason(), sent());
                return true;
            }
            return false;
        }
        if (pingDue) {
            pingDue = false;
            inFlight = true;
            session.sendPing(ByteBuffer.allocate(0), sent());
            return true;
        }
        Object next = queue.poll();
        if (next == null) {
            return false;
        }
        String text;
        try {
            text = render(next instanceof StreamEvent event ? StreamMessages.of(event, links) : next);
        } catch (RuntimeException e) {
            LOG.error("could not render a real-time {}", next.getClass().getSimpleName(), e);
            close(SERVER_ERROR, "server error, reconnect with since", null);
            return true;
        }
        inFlight = true;
        session.sendText(text, sent());
        return true;
    }

    private Callback sent() {
        return Callback.from(() -> {
            inFlight = false;
            pump();
        }, failure -> {
            broken = true;
            inFlight = false;
            LOG.debug("a real-time socket failed to send: {}", failure.toString());
        });
    }

    private String render(Object message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + message.getClass().getSimpleName(), e);
        }
    }

    /** How the socket ends. */
    private record Closing(int code, String reason, String lastText) {
    }
}
