package dev.kith.application;

import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.OutboxHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** The outbox handlers of a whole core by topic, gathered as {@link Kith} wires it; one handler per topic. */
final class OutboxTopics {

    private final Map<String, OutboxHandler> handlers = new LinkedHashMap<>();
    private final Map<String, String> owners = new LinkedHashMap<>();

    /** Adds the handlers of {@code owner}, refusing a topic that has a handler already. */
    void add(String owner, Map<String, OutboxHandler> ownHandlers) {
        ownHandlers.forEach((topic, handler) -> {
            String other = owners.putIfAbsent(topic, owner);
            if (other != null) {
                throw new IllegalStateException("outbox topic '" + topic + "' has two handlers, of " + other + " and of " + owner);
            }
            handlers.put(topic, handler);
        });
    }

    /** Adds the handlers of a context's façade, and returns it. */
    <F extends ContextFacade> F add(F context) {
        add(context.getClass().getSimpleName(), context.outboxHandlers());
        return context;
    }

    /** Every topic's handler. */
    Map<String, OutboxHandler> handlers() {
        return Map.copyOf(handlers);
    }
}
