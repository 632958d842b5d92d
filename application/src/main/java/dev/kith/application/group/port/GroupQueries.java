package dev.kith.application.group.port;

import dev.kith.application.graph.ViewerScope;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read side of groups. Every method is a fixed number of statements whatever the page size (no N+1),
 * and every list is keyset-paginated on an index. Whether the viewer may read a list is decided by the use
 * case before calling; lists of accounts leave out those blocked either way with the scope's viewer (the
 * {@link ViewerScope} the visibility policy made, never null). Thread-safe.
 */
public interface GroupQueries {

    /** The separator between the lower-cased name and the id in a search key. */
    char KEY_SEPARATOR = '\u001f';

    /** The group as {@code viewer} sees it; empty when it does not exist. */
    Optional<GroupView> group(GroupId id, AccountId viewer);

    /**
     * Groups, public and private, whose name starts with {@code prefix} (lower case; names compared lower
     * case), ordered by lower-cased name then id, keyed by {@code lowerName + KEY_SEPARATOR + id}.
     *
     * @param after the key the page starts after (exclusive), empty for the first page
     */
    List<Keyed<String, GroupView>> search(String prefix, AccountId viewer, Optional<String> after, int limit);

    /** The groups {@code viewer} is a member of, in the order it joined them, keyed by membership id. */
    List<Keyed<UUID, GroupView>> groupsOf(AccountId viewer, Optional<UUID> after, int limit);

    /** The account as a member of the group, if it is one. */
    Optional<MemberView> member(GroupId group, AccountId account);

    /** The group's members in the order they joined, keyed by membership id. */
    List<Keyed<UUID, MemberView>> members(GroupId group, ViewerScope scope, Optional<UUID> after, int limit);

    /** The group's pending join requests, oldest first, keyed by request id. */
    List<Keyed<UUID, AccountSince>> requests(GroupId group, ViewerScope scope, Optional<UUID> after, int limit);

    /** The accounts banned from the group, oldest ban first, keyed by ban id. */
    List<Keyed<UUID, AccountSince>> bans(GroupId group, ViewerScope scope, Optional<UUID> after, int limit);

    /**
     * The group's moderation log, newest first.
     *
     * @param before the entry id the page starts before (exclusive), empty for the newest
     */
    List<ModerationEntryView> log(GroupId group, Optional<UUID> before, int limit);
}
