package dev.kith.application.graph.port;

import dev.kith.application.account.port.AccountFixtures;
import dev.kith.domain.graph.FollowId;

/** Test data for the graph ports. */
public final class GraphFixtures {

    private GraphFixtures() {
    }

    /** A fresh follow id, greater than the ones made before it. */
    public static FollowId followId() {
        return new FollowId(AccountFixtures.uuid());
    }
}
