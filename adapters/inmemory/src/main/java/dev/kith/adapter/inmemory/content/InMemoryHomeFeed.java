package dev.kith.adapter.inmemory.content;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.SocialTables.FeedRow;
import dev.kith.application.content.port.HomeFeed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.Optional;
import dev.kith.domain.graph.FollowState;

/**
 * {@link HomeFeed} as rows of the in-memory store ({@link SocialTables#homeFeed}), which the in-memory home
 * timeline reads, so tests of the core see a timeline only as the events made it. Every post is pushed to
 * every follower (a group's, to every member): the in-memory store has no threshold for popular authors
 * or big groups.
 */
public final class InMemoryHomeFeed implements HomeFeed {

    private final SocialTables tables;

    public InMemoryHomeFeed(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public void postPublished(PostId post, AccountId author) {
        tables.store.locked(() -> {
            tables.homeFeed.put(new FeedRow(author, post, author), new FeedRow(author, post, author));
            tables.follows.entries().stream()
                    .filter(e -> e.getKey().to().equals(author) && e.getValue().state() == FollowState.FOLLOWING)
                    .map(e -> new FeedRow(e.getKey().from(), post, author))
                    .toList()
                    .forEach(row -> tables.homeFeed.put(row, row));
            return null;
        });
    }

    @Override
    public void groupPostPublished(PostId post, AccountId author, GroupId group) {
        tables.store.locked(() -> {
            tables.members.values().filter(m -> m.group().equals(group))
                    .map(m -> new FeedRow(m.account(), post, author))
                    .toList()
                    .forEach(row -> tables.homeFeed.put(row, row));
            return null;
        });
    }

    @Override
    public void memberJoined(GroupId group, AccountId member) {
        tables.store.locked(() -> {
            tables.posts.values()
                    .filter(post -> post.group().filter(group::equals).isPresent())
                    .map(post -> new FeedRow(member, post.id(), post.author()))
                    .toList()
                    .forEach(row -> tables.homeFeed.put(row, row));
            return null;
        });
    }

    @Override
    public void memberLeft(GroupId group, AccountId member) {
        tables.store.locked(() -> {
            tables.homeFeed.removeIf(row -> row.owner().equals(member) && inGroup(row.post(), group));
            return null;
        });
    }

    @Override
    public void groupDeleted(GroupId group) {
        tables.store.locked(() -> {
            tables.homeFeed.removeIf(row -> inGroup(row.post(), group));
            return null;
        });
    }

    private boolean inGroup(PostId post, GroupId group) {
        return tables.posts.get(post).flatMap(p -> p.group()).filter(group::equals).isPresent();
    }

    @Override
    public void postDeleted(PostId post, AccountId author, Optional<GroupId> group) {
        tables.store.locked(() -> {
            tables.homeFeed.removeIf(row -> row.post().equals(post));
            return null;
        });
    }

    @Override
    public void followStarted(AccountId follower, AccountId followee) {
        tables.store.locked(() -> {
            tables.posts.values()
                    .filter(post -> post.author().equals(followee) && post.group().isEmpty())
                    .map(post -> new FeedRow(follower, post.id(), followee))
                    .toList()
                    .forEach(row -> tables.homeFeed.put(row, row));
            return null;
        });
    }

    @Override
    public void followEnded(AccountId follower, AccountId followee) {
        tables.store.locked(() -> {
            // the followee's posts outside groups: its posts in the follower's groups stay
            tables.homeFeed.removeIf(row -> row.owner().equals(follower) && row.author().equals(followee)
                    && tables.posts.get(row.post()).filter(p -> p.group().isEmpty()).isPresent());
            return null;
        });
    }
}
