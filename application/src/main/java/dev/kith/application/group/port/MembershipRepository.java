package dev.kith.application.group.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Ban;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.JoinRequest;
import dev.kith.domain.group.Membership;
import java.util.List;
import java.util.Optional;

/**
 * Who is in a group, who asks to be, and who is kept out. Every write is idempotent and says whether it
 * changed anything; a group's {@code membersCount} stays exact. Joins the caller's transaction. Thread-safe.
 */
public interface MembershipRepository {

    /** The account's membership of the group, if it is a member. */
    Optional<Membership> find(GroupId group, AccountId account);

    /** Adds a member; false (and nothing changes) when it is one already. */
    boolean add(Membership membership);

    /** Removes a member; false when it was not one. */
    boolean remove(GroupId group, AccountId account);

    /** Changes a member's role; false when it is not a member. */
    boolean changeRole(GroupId group, AccountId account, GroupRole role);

    /** How many members of the group have exactly this role. */
    long countWithRole(GroupId group, GroupRole role);

    /** The members of the group with this role or above, oldest membership first (to notify admins). */
    List<AccountId> withRoleAtLeast(GroupId group, GroupRole role);

    /** How many groups the account is a member of or asks to join (what the per-account limit counts). */
    long countGroupsOf(AccountId account);

    /** Stores a join request; false when the account asks already. */
    boolean addRequest(JoinRequest request);

    /** The account's pending request to join the group, if any. */
    Optional<JoinRequest> findRequest(GroupId group, AccountId account);

    /** Drops a join request (answered or withdrawn); false when there was none. */
    boolean removeRequest(GroupId group, AccountId account);

    /** Bans an account; false when it is banned already. */
    boolean addBan(Ban ban);

    /** Whether the account is banned from the group. */
    boolean isBanned(GroupId group, AccountId account);

    /** Lifts a ban; false when there was none. */
    boolean removeBan(GroupId group, AccountId account);

    /** Every membership of {@code account}, in the order it joined. */
    List<Membership> membershipsOf(AccountId account);

    /**
     * Removes every membership of {@code account} (each group's member count taken down), its join requests
     * and its bans: it is being erased. Lock the groups whose owners may change first (see
     * {@link GroupRepository#lock}).
     */
    void eraseAllOf(AccountId account);
}
