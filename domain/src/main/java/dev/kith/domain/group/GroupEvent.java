package dev.kith.domain.group;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/** What happens to groups and their members; recorded only for changes that happened. */
public sealed interface GroupEvent extends DomainEvent {

    /** The group it happened in. */
    GroupId group();

    /** {@code owner} created {@code group}; it is its first member. */
    record GroupCreated(GroupId group, AccountId owner, Instant at) implements GroupEvent {
        public GroupCreated {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code actor} changed the group's name, description or visibility. */
    record GroupEdited(GroupId group, AccountId actor, GroupVisibility visibility, Instant at) implements GroupEvent {
        public GroupEdited {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(visibility, "visibility");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * {@code actor} deleted the group with its members, requests, bans and log; its posts go with it (the
     * content context deletes them in the same transaction).
     */
    record GroupDeleted(GroupId group, AccountId actor, Instant at) implements GroupEvent {
        public GroupDeleted {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code account} became a member: it joined a public group, or its request was approved. */
    record MemberJoined(GroupId group, AccountId account, Instant at) implements GroupEvent {
        public MemberJoined {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * {@code account} is no longer a member: it left ({@code by} is itself), or {@code by} removed it
     * ({@code banned} when it is kept out).
     */
    record MemberLeft(GroupId group, AccountId account, AccountId by, boolean banned, Instant at) implements GroupEvent {
        public MemberLeft {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code account} asked to join a private group. */
    record JoinRequested(GroupId group, AccountId account, Instant at) implements GroupEvent {
        public JoinRequested {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * {@code account}'s join request is answered or gone: {@code approved} (it is a member now, a
     * {@link MemberJoined} follows), rejected, withdrawn, or dropped by a ban. {@code by} is who answered
     * (the requester itself when it withdrew).
     */
    record JoinRequestClosed(GroupId group, AccountId account, AccountId by, boolean approved, Instant at) implements GroupEvent {
        public JoinRequestClosed {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code by} changed {@code account}'s role from {@code from} to {@code to}. */
    record RoleChanged(GroupId group, AccountId account, AccountId by, GroupRole from, GroupRole to, Instant at)
            implements GroupEvent {
        public RoleChanged {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
        }
    }
}
