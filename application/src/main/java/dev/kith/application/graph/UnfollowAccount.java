package dev.kith.application.graph;

import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;

/** Stops following an account, or withdraws a request. */
public final class UnfollowAccount {

    private final Transactor transactor;
    private final VisibilityPolicy visibility;
    private final FollowRepository follows;

    UnfollowAccount(Transactor transactor, VisibilityPolicy visibility, FollowRepository follows) {
        this.transactor = transactor;
        this.visibility = visibility;
        this.follows = follows;
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
        transactor.run(() -> follows.remove(me, visibility.resolve(command.username())));
    }

    /** Whom to unfollow. */
    public record Command(String username) {
    }
}
