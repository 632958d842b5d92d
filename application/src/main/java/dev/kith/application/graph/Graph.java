package dev.kith.application.graph;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Transactor;
import java.time.Clock;

/** The use cases of the social graph (follows, requests, blocks), wired to their ports. Thread-safe. */
public final class Graph {

    private final VisibilityPolicy visibility;
    private final FollowAccount follow;
    private final UnfollowAccount unfollow;
    private final AnswerFollowRequest answerFollowRequest;
    private final BlockAccount block;
    private final ListConnections listConnections;

    /** Wires the graph use cases; {@link dev.kith.application.Kith} calls this for you. */
    public Graph(Transactor transactor, AccountRepository accounts, FollowRepository follows, BlockRepository blocks,
                 GraphQueries queries, IdGenerator ids, Clock clock) {
        this.visibility = new VisibilityPolicy(queries, accounts);
        this.follow = new FollowAccount(transactor, visibility, follows, ids, clock);
        this.unfollow = new UnfollowAccount(transactor, visibility, follows);
        this.answerFollowRequest = new AnswerFollowRequest(transactor, visibility, follows, clock);
        this.block = new BlockAccount(transactor, visibility, blocks, follows, clock);
        this.listConnections = new ListConnections(visibility, queries);
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
