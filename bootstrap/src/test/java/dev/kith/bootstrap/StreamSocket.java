package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket client that keeps the events it receives. */
final class StreamSocket implements WebSocket.Listener {
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final List<Long> ids = new ArrayList<>();
    private WebSocket socket;
    /** The close code the server sent, once it closed the socket. */
    final java.util.concurrent.CompletableFuture<Integer> closedWith = new java.util.concurrent.CompletableFuture<>();

    static StreamSocket open(int port, String token, Long since) {
        StreamSocket listener = new StreamSocket();
        String query = "access_token=" + token + (since == null ? "" : "&since=" + since);
        listener.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/api/v1/stream?" + query), listener)
                .join();
        return listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode event = HttpClientFixture.JSON.readTree(partial.toString());
                if (!"ready".equals(event.path("type").asText())) {  // the end of the catch-up
                    events.add(event);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** The next event of {@code type}; events of other types before it (new posts) are passed over, their ids kept. */
    JsonNode next(String type) throws InterruptedException {
        while (true) {
            JsonNode event = events.poll(20, TimeUnit.SECONDS);
            assertThat(event).as("an event of type " + type).isNotNull();
            ids.add(event.get("id").asLong());
            if (event.get("type").asText().equals(type)) {
                return event;
            }
            assertThat(event.get("type").asText()).as("only posts may come between").isEqualTo("post");
        }
    }

    /** The ids of the events taken so far, in the order they came. */
    List<Long> ids() {
        return new ArrayList<>(ids);
    }

    /**
     * The events up to and including the next one of {@code type}, whatever their types: to show what did
     * or did not come before a known event.
     */
    List<JsonNode> until(String type) throws InterruptedException {
        List<JsonNode> taken = new ArrayList<>();
        while (true) {
            JsonNode event = events.poll(20, TimeUnit.SECONDS);
            assertThat(event).as("an event of type " + type).isNotNull();
            ids.add(event.get("id").asLong());
            taken.add(event);
            if (event.get("type").asText().equals(type)) {
                return taken;
            }
        }
    }

    /** What arrived beyond what the test took. */
    List<JsonNode> others() {
        return new ArrayList<>(events);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedWith.complete(statusCode);
        return null;
    }

    void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }
}
