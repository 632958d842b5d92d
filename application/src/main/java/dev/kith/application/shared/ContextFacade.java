package dev.kith.application.shared;

import java.util.Map;

/**
 * One bounded context's façade as {@link dev.kith.application.Kith} composes it: besides its use cases,
 * what the context adds to the machinery the core shares.
 */
public interface ContextFacade {

    /**
     * The handlers of the outbox topics this context owns, by topic. The relay gets the handlers of every
     * context, and building a core fails when two claim one topic.
     *
     * @return an unmodifiable map, empty when the context owns no topic
     */
    Map<String, OutboxHandler> outboxHandlers();
}
