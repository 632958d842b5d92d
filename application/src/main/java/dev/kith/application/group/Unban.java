package dev.kith.application.group;

import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRules;
import dev.kith.domain.group.ModerationAction;
import java.time.Clock;
import java.util.Optional;

/** Lifts a ban. */
public final class Unban {

    private final Transactor transactor;
    private final GroupMembers members;
    private final Clock clock;

    Unban(Transactor transactor, GroupMembers members, Clock clock) {
        this.transactor = transactor;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Lets the account join (or ask to) again, and logs it; it does not make it a member. Idempotent.
     *
     * @throws dev.kith.domain.group.GroupErrors.GroupNotFound when there is no such group
     * @throws dev.kith.domain.group.GroupErrors.NotAllowed unless the actor is an admin or owner
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        GroupId id = GroupIds.route(command.groupId());
        transactor.run(() -> {
            members.lock(id);
            GroupRules.requireMayManageBans(members.roleOf(id, me));
            AccountId account = GroupIds.account(command.userId(), "ban");
            if (members.memberships.removeBan(id, account)) {
                members.log(id, me, ModerationAction.MEMBER_UNBANNED, Optional.of(account), "", clock.instant());
            }
        });
    }

    /** Which group and whose ban. */
    public record Command(String groupId, String userId) {
    }
}
