package dev.kith.adapter.postgres.content;

import dev.kith.adapter.postgres.internal.HomeFeedFanOut;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.content.port.HomeFeed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link HomeFeed} on the precomputed timelines ({@code home_feed}, see {@link HomeFeedFanOut} and the V5
 * migration), fed by the content context's projection in the transaction of each change. Posts of authors
 * with fewer than the fan-out limit's followers are pushed into their followers' feeds; from the first post
 * an author writes at the limit or above, its followers' timelines read its posts instead. Posts in groups
 * go to the members' feeds the same way, a group with the limit's members or more being read on read.
 * Thread-safe;
 * joins the transaction running on the calling thread.
 */
public final class PostgresHomeFeed implements HomeFeed {

    private final Jdbi jdbi;
    private final int pullFromFollowers;

    /**
     * The feeds of the database of {@code jdbi}.
     *
     * @param pullFromFollowers the fan-out limit: authors who post with this many followers or more, and groups
     *     posted into with this many members or more, are read on read (0: every author and group)
     */
    public PostgresHomeFeed(Jdbi jdbi, int pullFromFollowers) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        if (pullFromFollowers < 0) {
            throw new IllegalArgumentException("pullFromFollowers must not be negative: " + pullFromFollowers);
        }
        this.pullFromFollowers = pullFromFollowers;
    }

    @Override
    public void postPublished(PostId post, AccountId author) {
        Sql.useHandle(jdbi, handle -> HomeFeedFanOut.fanOut(handle, post.value(), author.value(),
                HomeFeedFanOut.pullFrom(handle, post.value(), author.value(), pullFromFollowers)));
    }

    /**
     * Locks the group's row first (ordering the post against joins), then writes a row per member, or none
     * from the first post the group gets with the fan-out limit's members or more: its members' timelines
     * read it on read from then on.
     */
    @Override
    public void groupPostPublished(PostId post, AccountId author, GroupId group) {
        Sql.useHandle(jdbi, handle -> HomeFeedFanOut.groupFanOut(handle, post.value(), author.value(), group.value(),
                HomeFeedFanOut.groupPullFrom(handle, post.value(), group.value(), pullFromFollowers)));
    }

    @Override
    public void postDeleted(PostId post, AccountId author, Optional<GroupId> group) {
        Sql.useHandle(jdbi, handle -> {
            if (group.isPresent()) {
                HomeFeedFanOut.removeGroupPost(handle, post.value(), group.get().value());
            } else {
                HomeFeedFanOut.removePost(handle, post.value(), author.value());
            }
        });
    }

    @Override
    public void memberJoined(GroupId group, AccountId member) {
        Sql.useHandle(jdbi, handle -> HomeFeedFanOut.join(handle, group.value(), member.value()));
    }

    @Override
    public void memberLeft(GroupId group, AccountId member) {
        Sql.useHandle(jdbi, handle -> HomeFeedFanOut.leave(handle, group.value(), member.value()));
    }

    @Override
    public void groupDeleted(GroupId group) {
        Sql.useHandle(jdbi, handle -> HomeFeedFanOut.removeGroup(handle, group.value()));
    }

    @Override
    public void followStarted(AccountId follower, AccountId followee) {
        Sql.useHandle(jdbi, handle -> HomeFeedFanOut.follow(handle, followee.value(), follower.value()));
    }

    @Override
    public void followEnded(AccountId follower, AccountId followee) {
        Sql.useHandle(jdbi, handle -> HomeFeedFanOut.unfollow(handle, follower.value(), followee.value()));
    }
}
