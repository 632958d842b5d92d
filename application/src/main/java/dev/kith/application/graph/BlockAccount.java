package dev.kith.application.graph;

import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.GraphErrors;
import dev.kith.domain.graph.GraphEvent;
import java.time.Clock;
import java.time.Instant;

/** Blocks or unblocks an account. */
public final class BlockAccount {

    private final Transactor transactor;
    private final VisibilityPolicy visibility;
    private final BlockRepository blocks;
    private final FollowRepository follows;
    private final DomainEvents events;
    private final Clock clock;

    BlockAccount(Transactor transactor, VisibilityPolicy visibility, BlockRepository blocks, FollowRepository follows,
                 DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.visibility = visibility;
        this.blocks = blocks;
        this.follows = follows;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Blocking removes follows and requests both ways, after which neither account sees, follows, likes or
     * comments on the other's content; unblocking restores nothing but the possibility. Both are idempotent.
     * An account blocked by the actor's target can still be blocked back.
     *
     * @param actor a signed-in account
     * @param command whom, and whether to block or unblock
     * @throws dev.kith.domain.account.AccountErrors.AccountNotFound when no account has that username
     * @throws GraphErrors.NotWithYourself when blocking yourself
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        transactor.run(() -> {
            AccountId other = visibility.resolve(command.username());
            if (other.equals(me)) {
                throw new GraphErrors.NotWithYourself("block");
            }
            Instant now = clock.instant();
            if (command.block()) {
                if (blocks.add(me, other, now)) {
                    events.record(new GraphEvent.Blocked(me, other, now));
                }
                follows.remove(me, other).ifPresent(ended -> events.record(GraphEvent.ended(ended, me, other, now)));
                follows.remove(other, me).ifPresent(ended -> events.record(GraphEvent.ended(ended, other, me, now)));
            } else if (blocks.remove(me, other)) {
                events.record(new GraphEvent.Unblocked(me, other, now));
            }
        });
    }

    /** Whom, and whether to block ({@code true}) or unblock. */
    public record Command(String username, boolean block) {
    }
}
