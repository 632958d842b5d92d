package dev.kith.application.graph;

import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.GraphEvent;
import java.time.Clock;

/** Stops following an account, or withdraws a request. */
public final class UnfollowAccount {

    private final Transactor transactor;
    private final VisibilityPolicy visibility;
    private final FollowRepository follows;
    private final DomainEvents events;
    private final Clock clock;

    UnfollowAccount(Transactor transactor, VisibilityPolicy visibility, FollowRepository follows, DomainEvents events,
                    Clock clock) {
        this.transactor = transactor;
        this.visibility = visibility;
        this.follows = follows;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Removes the actor's follow or request; idempotent.
     *
     * @param actor a signed-in account
     * @param command whom to unfollow
     * @throws dev.kith.domain.account.AccountErrors.AccountNotFound when no account has that username
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        transactor.run(() -> {
            AccountId followee = visibility.resolve(command.username());
            follows.remove(me, followee)
                    .ifPresent(ended -> events.record(GraphEvent.ended(ended, me, followee, clock.instant())));
        });
    }

    /** Whom to unfollow. */
    public record Command(String username) {
    }
}
