package dev.kith.application.graph;

import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.Audience;
import dev.kith.domain.graph.FollowId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.graph.GraphErrors;
import dev.kith.domain.graph.GraphEvent;
import java.time.Instant;
import java.time.Clock;

/** Follows an account, or asks to when it is private. */
public final class FollowAccount {

    private final Transactor transactor;
    private final VisibilityPolicy visibility;
    private final FollowRepository follows;
    private final IdGenerator ids;
    private final DomainEvents events;
    private final Clock clock;

    FollowAccount(Transactor transactor, VisibilityPolicy visibility, FollowRepository follows, IdGenerator ids,
                  DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.visibility = visibility;
        this.follows = follows;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Follows a public account at once, or sends a private one a request. Repeating it returns the
     * current state and changes nothing.
     *
     * @param actor a signed-in account
     * @param command whom to follow
     * @return {@link FollowState#FOLLOWING} or {@link FollowState#REQUESTED}
     * @throws dev.kith.domain.account.AccountErrors.AccountNotFound when no such account is visible (blocks hide)
     * @throws GraphErrors.NotWithYourself when following yourself
     */
    public FollowState execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        return transactor.inTransaction(() -> {
            Audience target = visibility.account(me, command.username());
            if (target.self()) {
                throw new GraphErrors.NotWithYourself("follow");
            }
            Instant now = clock.instant();
            FollowRepository.Stored stored = follows.add(new FollowId(ids.next()), me, target.owner(),
                    FollowState.whenFollowing(target.ownerPrivate()), now);
            if (stored.created()) {
                events.record(GraphEvent.begun(stored.state(), me, target.owner(), now));
            }
            return stored.state();
        });
    }

    /** Whom to follow. */
    public record Command(String username) {
    }
}
