package dev.kith.application.graph.port;

import java.util.Objects;

/**
 * The ports of the social graph: follows and follow requests, blocks, and the queries the visibility
 * policy and the connection lists read. {@link dev.kith.application.graph.Graph} wires itself from it.
 * Adapter modules build it (see {@code InMemoryAdapters} and {@code PostgresAdapters}); every component
 * is required.
 *
 * @param follows the follows and follow requests
 * @param blocks the blocks
 * @param queries who may see whom, and the followers and following lists
 */
public record GraphPorts(FollowRepository follows, BlockRepository blocks, GraphQueries queries) {

    /** Refuses a missing port, by name. */
    public GraphPorts {
        Objects.requireNonNull(follows, "follows");
        Objects.requireNonNull(blocks, "blocks");
        Objects.requireNonNull(queries, "queries");
    }
}
