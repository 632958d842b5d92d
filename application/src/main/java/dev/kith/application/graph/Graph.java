package dev.kith.application.graph;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.port.GraphPorts;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.SharedPorts;
import java.time.Clock;
import java.util.Map;

/** The use cases of the social graph (follows, requests, blocks), wired to their ports. Thread-safe. */
public final class Graph implements ContextFacade {

    private final VisibilityPolicy visibility;
    private final FollowAccount follow;
    private final UnfollowAccount unfollow;
    private final AnswerFollowRequest answerFollowRequest;
    private final BlockAccount block;
    private final ListConnections listConnections;

    /**
     * Wires the graph use cases to their ports; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param accounts the account context's accounts, which the visibility policy reads
     * @param events where the use cases record the graph's events
     */
    public Graph(SharedPorts shared, GraphPorts ports, AccountRepository accounts, DomainEvents events, Clock clock) {
        var transactor = shared.transactor();
        var follows = ports.follows();
        this.visibility = new VisibilityPolicy(ports.queries(), accounts);
        this.follow = new FollowAccount(transactor, visibility, follows, shared.ids(), events, clock);
        this.unfollow = new UnfollowAccount(transactor, visibility, follows, events, clock);
        this.answerFollowRequest = new AnswerFollowRequest(transactor, visibility, follows, events, clock);
        this.block = new BlockAccount(transactor, visibility, ports.blocks(), follows, events, clock);
        this.listConnections = new ListConnections(visibility, ports.queries());
    }

    /** None yet. */
    @Override
    public Map<String, OutboxHandler> outboxHandlers() {
        return Map.of();
    }

    /** The visibility policy every context uses. */
    public VisibilityPolicy visibility() {
        return visibility;
    }

    public FollowAccount follow() {
        return follow;
    }

    public UnfollowAccount unfollow() {
        return unfollow;
    }

    public AnswerFollowRequest answerFollowRequest() {
        return answerFollowRequest;
    }

    public BlockAccount block() {
        return block;
    }

    public ListConnections listConnections() {
        return listConnections;
    }
}
