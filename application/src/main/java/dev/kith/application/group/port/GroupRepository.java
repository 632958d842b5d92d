package dev.kith.application.group.port;

import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import java.util.Optional;

/** The groups themselves. Joins the caller's transaction. Thread-safe. */
public interface GroupRepository {

    /** Stores a new group (its first owner is added through {@link MembershipRepository#add}). */
    void add(Group group);

    /** The group, if it exists. */
    Optional<Group> find(GroupId id);

    /**
     * The group, if it exists, locked until the transaction ends: the use cases that change members, roles,
     * requests or bans lock their group first, so that two of them in one group run one after the other
     * (the last owner cannot leave while another steps down, a join cannot slip past a ban).
     */
    Optional<Group> lock(GroupId id);

    /** Stores a changed name, description or visibility. */
    void update(Group group);

    /**
     * Deletes the group with its members, requests, bans and moderation log (not its posts: the content
     * context deletes those, in the same transaction, from the {@code GroupDeleted} event).
     *
     * @return whether it existed
     */
    boolean delete(GroupId id);
}
