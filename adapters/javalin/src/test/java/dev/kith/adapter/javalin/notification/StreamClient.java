package dev.kith.adapter.javalin.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.adapter.javalin.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) on {@code /api/v1/stream}, keeping every text frame and how it closed. */
final class StreamClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicInteger pings = new java.util.concurrent.atomic.AtomicInteger();
    private final WebSocket socket;

    private StreamClient(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Listener()).join();
    }

    /** Connects with {@code query} (such as {@code access_token=...&since=12}, or empty). */
    static StreamClient connect(TestServer server, String query) {
        return new StreamClient(URI.create("ws://127.0.0.1:" + server.server.port() + StreamRoutes.PATH
                + (query.isEmpty() ? "" : "?" + query)));
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The messages up to {@code ready}, without it. */
    List<JsonNode> untilReady() {
        List<JsonNode> before = new ArrayList<>();
        for (JsonNode message = next(); !message.path("type").asText().equals("ready"); message = next()) {
            before.add(message);
        }
        return before;
    }

    /** The next message, waiting up to 5 s. */
    JsonNode next() {
        try {
            JsonNode message = messages.poll(5, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message within 5 s" + (closed.isDone() ? "; closed " + closed.join() : ""));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next {@code count} messages. */
    List<JsonNode> next(int count) {
        List<JsonNode> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(next());
        }
        return list;
    }

    /** Whatever arrives within {@code millis}. */
    List<JsonNode> drain(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<JsonNode> list = new ArrayList<>();
        messages.drainTo(list);
        return list;
    }

    /** How the server closed the socket, waiting up to {@code seconds}. */
    Closed closed(long seconds) {
        return closed.orTimeout(seconds, TimeUnit.SECONDS).join();
    }

    /** How many WebSocket ping frames came (the JDK's client answers each with a pong by itself). */
    int pings() {
        return pings.get();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null).join();
        }
        socket.abort();
    }

    /** A close frame's code and reason. */
    record Closed(int code, String reason) {
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    messages.add(JSON.createObjectNode().put("type", "not-json").put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, java.nio.ByteBuffer message) {
            pings.incrementAndGet();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
