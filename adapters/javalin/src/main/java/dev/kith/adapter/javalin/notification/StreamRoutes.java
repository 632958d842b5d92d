package dev.kith.adapter.javalin.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.adapter.javalin.StreamSettings;
import dev.kith.adapter.javalin.internal.HttpProblem;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.application.account.Authenticate;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.notification.Notifications;
import dev.kith.application.notification.OpenStream;
import dev.kith.application.notification.Streams;
import dev.kith.application.shared.Actor;
import dev.kith.domain.shared.DomainException;
import dev.kith.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/stream}: the signed-in account's real-time events over a WebSocket (docs/api.md, "Real
 * time"). A socket authenticates with {@code ?access_token=} or a first {@code auth} message, then carries the
 * account's stream from {@code ?since=}; one shared timer pings every socket and checks its token again, and
 * each socket sends from a bounded queue of its own. A plain GET (no upgrade) is 426. Thread-safe; {@link
 * #close()} it when the server stops.
 */
public final class StreamRoutes implements Routes, AutoCloseable {

    /** The path, for the WebSocket upgrade and the 426 answer to a plain GET. */
    public static final String PATH = "/api/v1/stream";

    private static final Logger LOG = LoggerFactory.getLogger(StreamRoutes.class);

    private final Notifications notifications;
    private final Authenticate authenticate;
    private final MediaLinks links;
    private final ObjectMapper mapper;
    private final StreamSettings settings;
    private final ScheduledThreadPoolExecutor timer;
    private final Map<String, StreamSocket> sockets = new ConcurrentHashMap<>();

    /** Streams {@code notifications} to sockets whose tokens {@code authenticate} accepts. */
    public StreamRoutes(Notifications notifications, Authenticate authenticate, MediaLinks links, ObjectMapper mapper,
                        StreamSettings settings) {
        this.notifications = notifications;
        this.authenticate = authenticate;
        this.links = links;
        this.mapper = mapper;
        this.settings = settings;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("kith-stream-timer");
            thread.setDaemon(true);
            return thread;
        });
        // sockets come and go: their cancelled pings and checks must not pile up in the queue
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.ws(PATH, ws -> {
            ws.onConnect(this::connected);
            ws.onMessage(this::message);
            ws.onClose(ctx -> closed(ctx));
            ws.onError(ctx -> {
                LOG.debug("real-time socket error: {}", String.valueOf(ctx.error()));
                closed(ctx);
            });
        });
        routes.get(PATH, ctx -> {
            throw new HttpProblem(426, "upgrade_required",
                    "This is a WebSocket endpoint: connect with a WebSocket client (docs/api.md, Real time).",
                    Map.of("Upgrade", "websocket"));
        });
    }

    /** How many sockets are open, authenticated or not. */
    public int openSockets() {
        return sockets.size();
    }

    /** Ends every stream (clients get 1001 and reconnect elsewhere) and stops the timer. */
    @Override
    public void close() {
        notifications.streams().closeAll();
        timer.shutdownNow();
    }

    private void connected(WsConnectContext ctx) {
        StreamSocket socket = new StreamSocket(ctx.session, mapper, links, timer, settings.queueCapacity(),
                settings.closeGrace());
        sockets.put(ctx.sessionId(), socket);
        socket.every(settings.pingInterval(), socket::ping);
        String token = ctx.queryParam("access_token");
        if (token != null) {
            open(socket, token, ctx.queryParam("since"));
            return;
        }
        socket.schedule(settings.authTimeout(), () -> {
            if (socket.token() == null) {
                socket.close(StreamSocket.UNAUTHENTICATED, "no auth message in time", null);
            }
        });
    }

    // Before authentication the only message taken is {"type":"auth","token":"..."}; after it, messages are ignored.
    private void message(WsMessageContext ctx) {
        StreamSocket socket = sockets.get(ctx.sessionId());
        if (socket == null || socket.token() != null || socket.closing()) {
            return;
        }
        Optional<String> token = authToken(ctx.message());
        if (token.isEmpty()) {
            socket.close(StreamSocket.UNAUTHENTICATED, "the first message must be {\"type\":\"auth\",\"token\":\"...\"}", null);
            return;
        }
        open(socket, token.get(), ctx.queryParam("since"));
    }

    private void open(StreamSocket socket, String token, String since) {
        if (!socket.startAuthenticating()) {
            return;
        }
        Actor actor;
        try {
            actor = authenticate.execute(Actor.anonymous(), new Authenticate.Command(token));
        } catch (DomainException e) {
            socket.close(StreamSocket.UNAUTHENTICATED, "invalid, expired or revoked access token", null);
            return;
        }
        socket.authenticated(token);
        socket.every(settings.recheckInterval(), () -> recheck(socket));
        Streams.Stream stream;
        try {
            stream = notifications.openStream().execute(actor, new OpenStream.Command(Optional.ofNullable(since), socket));
        } catch (InvalidInput e) {
            socket.close(StreamSocket.BAD_REQUEST, "since is not a stream position", null);
            return;
        } catch (RuntimeException e) {
            LOG.error("could not open a real-time stream on {}", PATH, e);
            socket.close(StreamSocket.SERVER_ERROR, "server error, reconnect with since", null);
            return;
        }
        socket.attach(stream);
        socket.ready();
    }

    // A login ends (logout, password reset, refresh reuse), an account goes, a token expires: the socket goes too.
    private void recheck(StreamSocket socket) {
        try {
            authenticate.execute(Actor.anonymous(), new Authenticate.Command(socket.token()));
        } catch (DomainException e) {
            socket.close(StreamSocket.UNAUTHENTICATED, "the access token expired or was revoked", null);
        }
    }

    private void closed(WsContext ctx) {
        StreamSocket socket = sockets.remove(ctx.sessionId());
        if (socket != null) {
            socket.gone();
        }
    }

    private Optional<String> authToken(String message) {
        try {
            JsonNode node = mapper.readTree(message);
            if (node != null && node.isObject() && node.path("type").asText().equals("auth") && node.path("token").isTextual()) {
                return Optional.of(node.get("token").asText());
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not JSON: the same as any other wrong first message
        }
        return Optional.empty();
    }
}
