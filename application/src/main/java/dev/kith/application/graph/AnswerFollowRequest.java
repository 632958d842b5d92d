package dev.kith.application.graph;

import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.graph.GraphErrors;
import dev.kith.domain.graph.GraphEvent;
import java.time.Instant;
import java.time.Clock;

/** Accepts or rejects a pending follow request. */
public final class AnswerFollowRequest {

    private final Transactor transactor;
    private final VisibilityPolicy visibility;
    private final FollowRepository follows;
    private final DomainEvents events;
    private final Clock clock;

    AnswerFollowRequest(Transactor transactor, VisibilityPolicy visibility, FollowRepository follows, DomainEvents events,
                        Clock clock) {
        this.transactor = transactor;
        this.visibility = visibility;
        this.follows = follows;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Accepts the request (the requester now follows the actor) or rejects it (it is gone).
     *
     * @param actor a signed-in account, the one that was asked
     * @param command who asked, and the answer
     * @throws GraphErrors.NoSuchFollowRequest when that account has no pending request to the actor
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        transactor.run(() -> {
            AccountId requester = visibility.resolve(command.username());
            if (follows.find(requester, me).filter(state -> state == FollowState.REQUESTED).isEmpty()) {
                throw new GraphErrors.NoSuchFollowRequest();
            }
            Instant now = clock.instant();
            if (command.accept()) {
                if (follows.accept(requester, me, now)) {
                    events.record(new GraphEvent.FollowAccepted(requester, me, now));
                }
            } else {
                follows.remove(requester, me)
                        .ifPresent(ended -> events.record(GraphEvent.ended(ended, requester, me, now)));
            }
        });
    }

    /** Who asked, and whether to accept. */
    public record Command(String username, boolean accept) {
    }
}
